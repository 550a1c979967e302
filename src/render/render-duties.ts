// yishi render duties: the duty statements in force on a date, as section 二 of the notice writes them and in
// its order: (一) the group, (二) the office, (三) each member unit, the townships last.
import { dutyInForceOn, inOfficeOn } from '../model/in-office-on.js';
import { membersInOrder, type Rec, type Records } from '../model/records.js';
import type { Duty } from '../model/types.js';
import { shortName } from './minutes-parts.js';
import { unitName } from './names.js';
import { DocumentBuilder, type DocumentModel } from '../document/blocks.js';
import { writeMarkdown } from '../document/write-markdown.js';
import { block, dateText, inline, sectionNo, t, type Lang } from './wording.js';

export interface DutiesOptions {
  lang: Lang;
  /** The date whose duties in force the document shows. */
  asOf: string;
}

type Place = 'group' | 'office' | 'member' | 'townships';

function placeOf(duty: Duty): Place {
  return duty.holder === 'group' || duty.holder === 'office' || duty.holder === 'townships' ? duty.holder : 'member';
}

export function renderDuties(records: Records, options: DutiesOptions): string {
  return writeMarkdown(dutiesDocument(records, options));
}

export function dutiesDocument(records: Records, options: DutiesOptions): DocumentModel {
  const { lang, asOf } = options;
  const memberOrder = new Map(membersInOrder(records).map((m, i) => [m.id, i]));
  // In force, and for a member unit: its seat exists on the date (a unit that left carries no duties).
  const inForce = [...records.duties.values()].filter((d) => {
    if (!dutyInForceOn(d.data, asOf)) return false;
    if (placeOf(d.data) !== 'member') return true;
    const member = records.members.get(d.data.holder)?.data;
    return member !== undefined && inOfficeOn(member, asOf, records);
  });
  const byOrder = (a: Rec<Duty>, b: Rec<Duty>): number =>
    (a.data.order ?? 1e9) - (b.data.order ?? 1e9) ||
    (memberOrder.get(a.data.holder) ?? 1e9) - (memberOrder.get(b.data.holder) ?? 1e9) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const of = (place: Place): Rec<Duty>[] => inForce.filter((d) => placeOf(d.data) === place).sort(byOrder);

  const doc = new DocumentBuilder(lang, asOf);
  const body = records.body?.data;
  const group = shortName(records);
  doc.title(t(lang, `${inline(body?.name ?? '')}职责`, `Duties: ${inline(body?.name ?? '')}`));
  doc.paragraph(t(lang, `(截至${dateText(asOf, lang)})`, `In force on ${dateText(asOf, lang)}.`), 'center');
  let n = 0;
  const section = (zh: string, en: string, duties: Rec<Duty>[], label?: (d: Rec<Duty>) => string): void => {
    if (duties.length === 0) return;
    n += 1;
    doc.heading(1, `${sectionNo(n, lang)}${t(lang, zh, en)}`);
    for (const d of duties) {
      const text = block(d.data.text);
      if (label) doc.labelled(label(d), t(lang, ':', ': '), text, 'term');
      else doc.markdown(text);
    }
  };
  section(`${group}职责`, 'The group', of('group'));
  section(`${group}办公室职责`, 'The office', of('office'));
  const units = [...of('member'), ...of('townships')];
  section(`${group}各成员单位职责`, 'The member units', units, (d) =>
    placeOf(d.data) === 'townships' ? t(lang, '各乡(镇)街道', 'The townships') : unitName(records, d.data.holder),
  );
  const sources = [...new Set(inForce.map((d) => d.data.source).filter((s): s is string => s !== undefined))].sort();
  if (sources.length > 0)
    doc.paragraph(t(lang, `依据:${sources.map((s) => `《${inline(s)}》`).join('、')}。`, `Source: ${sources.map(inline).join('; ')}.`));
  return doc.build();
}
