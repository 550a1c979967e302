// yishi render roster: the body's composition on a date as section 一 of the notice writes it: 组长, 副组长,
// 成员 by unit and post with the holder's name, then the office (where it sits, who directs it) and the
// liaisons (联络员) the office works with.
import { inOfficeOn, liaisonOn } from '../model/in-office-on.js';
import { membersInOrder, type Records } from '../model/records.js';
import type { Member } from '../model/types.js';
import type { Rec } from '../model/records.js';
import { directorName, holderName, postName, unitName } from './names.js';
import { shortName } from './minutes-parts.js';
import { DocumentBuilder, type DocumentModel } from '../document/blocks.js';
import { writeMarkdown } from '../document/write-markdown.js';
import { dateText, inline, listText, roleName, sectionNo, t, type Lang } from './wording.js';

export interface RosterOptions {
  lang: Lang;
  /** The date the roster shows. */
  asOf: string;
}

export function renderRoster(records: Records, options: RosterOptions): string {
  return writeMarkdown(rosterDocument(records, options));
}

export function rosterDocument(records: Records, options: RosterOptions): DocumentModel {
  const { lang, asOf } = options;
  const doc = new DocumentBuilder(lang, asOf);
  const body = records.body?.data;
  const seated = membersInOrder(records).filter((m) => inOfficeOn(m.data, asOf, records));
  doc.title(t(lang, `${inline(body?.name ?? '')}组成人员名单`, `Members: ${inline(body?.name ?? '')}`));
  doc.paragraph(t(lang, `(截至${dateText(asOf, lang)})`, `As of ${dateText(asOf, lang)}.`), 'center');

  doc.heading(1, `${sectionNo(1, lang)}${t(lang, shortName(records), 'The group')}`);
  const seat = (m: Rec<Member>): string => {
    const name = holderName(records, m.id, asOf);
    return name
      ? t(lang, `${postName(m.data, lang)}${name}`, `${name} (${postName(m.data, lang)})`)
      : t(lang, `${postName(m.data, lang)}(空缺)`, `${postName(m.data, lang)} (vacant)`);
  };
  const line = (role: Member['role']): string | undefined => {
    const seats = seated.filter((m) => m.data.role === role);
    if (seats.length === 0) return undefined;
    return t(
      lang,
      `${roleName(role, lang)}:${listText(seats.map(seat), lang)}`,
      `${capitalise(roleName(role, lang))}: ${seats.map(seat).join('; ')}`,
    );
  };
  doc.paragraph(line('leader'));
  doc.paragraph(line('deputy'));
  const members = seated.filter((m) => m.data.role === 'member');
  if (members.length > 0) {
    doc.paragraph(t(lang, `成员(${members.length}名):`, `Members (${members.length}):`));
    doc.table(
      lang === 'zh' ? ['序号', '单位', '职务', '姓名'] : ['No.', 'Unit', 'Post', 'Name'],
      members.map((m, i) => [
        String(i + 1),
        inline(m.data.unit),
        inline(m.data.position),
        holderName(records, m.id, asOf) ?? t(lang, '(空缺)', '(vacant)'),
      ]),
    );
  }

  doc.heading(1, `${sectionNo(2, lang)}${t(lang, '办公室', 'The office')}`);
  const host = body?.office.host;
  const director = directorName(records);
  const where = host ? unitName(records, host) : undefined;
  doc.paragraph(
    t(
      lang,
      `${shortName(records)}下设办公室${where ? `,办公室设在${where}` : ''}${director ? `,办公室主任由${director}同志兼任` : ''}。若遇机构或人员变动,由相应接替机构或人员继续履职。`,
      `The group has an office${where ? ` in ${where}` : ''}${director ? `, directed by ${director}` : ''}. When units or people change, the successor carries on.`,
    ),
  );

  const liaisons = seated.map((m) => ({ m, liaison: liaisonOn(m.data, asOf) })).filter((x) => x.liaison !== undefined);
  if (liaisons.length > 0) {
    doc.heading(1, `${sectionNo(3, lang)}${t(lang, '联络员', 'Liaisons')}`);
    doc.table(
      lang === 'zh' ? ['序号', '单位', '联络员', '办公电话'] : ['No.', 'Unit', 'Liaison', 'Office phone'],
      liaisons.map((x, i) => [String(i + 1), inline(x.m.data.unit), inline(x.liaison!.name), inline(x.liaison!.phone ?? '')]),
    );
  }
  return doc.build();
}

function capitalise(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}
