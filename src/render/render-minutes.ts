// yishi render minutes: the 纪要 of a meeting [二(二), 五(六)] in the layout of GB/T 9704-2012 (党政机关公文格式,
// 纪要格式) carried into Markdown: title and number, the opening paragraph, the proceedings, the decided items,
// then 出席 / 请假 / 列席 / 记录 each on its own line, and the 版记 (报送, 分送, issuing office and date).
// A written review (书面审议) renders its proposer, circulation, tally of opinions and outcome instead.
import { attendeeId } from '../model/in-office-on.js';
import { resolutionsOf, type Records } from '../model/records.js';
import type { Attendee, Meeting } from '../model/types.js';
import {
  assignmentLine,
  conveningSentence,
  isIssued,
  minutesNumber,
  resolutionHeading,
  shortName,
  tallyOf,
  topicText,
  topicsSentence,
} from './minutes-parts.js';
import { holderName, liaisonName, postName, presiderPhrase, seatNamer } from './names.js';
import { DocumentBuilder, type DocumentModel, type ImprintLine } from '../document/blocks.js';
import { writeMarkdown } from '../document/write-markdown.js';
import { block, dateText, inline, itemNo, listText, opinionName, roleName, sectionNo, t, type Lang } from './wording.js';

export interface MinutesOptions {
  lang: Lang;
}

/** The minutes of `meetingId` as Markdown. The meeting must exist in `records`. */
export function renderMinutes(records: Records, meetingId: string, options: MinutesOptions): string {
  return writeMarkdown(minutesDocument(records, meetingId, options));
}

/** The minutes of `meetingId` as a document. The meeting must exist in `records`. */
export function minutesDocument(records: Records, meetingId: string, options: MinutesOptions): DocumentModel {
  const rec = records.meetings.get(meetingId);
  if (!rec) throw new Error(`no meeting ${meetingId}`);
  const meeting = rec.data;
  const { lang } = options;
  const bodyName = inline(records.body?.data.name ?? '');
  const doc = new DocumentBuilder(lang, (isIssued(meeting) ? meeting.minutes?.issued : undefined) ?? meeting.date);

  doc.mark(t(lang, `${bodyName}${inline(meeting.title)}纪要`, `Minutes: ${bodyName} ${inline(meeting.title)}`));
  doc.number(minutesNumber(records, meeting));
  if (!isIssued(meeting))
    doc.paragraph(
      t(
        lang,
        '**征求意见稿**:本纪要尚未印发,内容以印发稿为准。',
        '**Draft for comment**: these minutes have not been issued; the issued text prevails.',
      ),
    );

  let section = 0;
  const sectionHeading = (zh: string, en: string): void => {
    section += 1;
    doc.heading(1, `${sectionNo(section, lang)}${t(lang, zh, en)}`);
  };

  if (meeting.kind === 'written') {
    doc.paragraph(writtenOpening(records, meeting, lang));
    sectionHeading('审议情况', 'Review');
    writtenTally(doc, records, meeting, lang);
    if (meeting.outcome) {
      sectionHeading('审议结果', 'Outcome');
      doc.markdown(block(meeting.outcome));
    }
  } else {
    doc.paragraph(
      [conveningSentence(records, meeting, lang), topicsSentence(meeting, lang), t(lang, '现纪要如下:', 'The minutes follow.')]
        .filter((s) => s !== undefined)
        .join(lang === 'zh' ? '' : ' '),
    );
    if (meeting.proceedings) {
      sectionHeading('会议情况', 'Proceedings');
      doc.markdown(block(meeting.proceedings));
    }
  }

  const decided = resolutionsOf(records, meetingId);
  if (decided.length > 0) {
    sectionHeading('议定事项', 'Decisions');
    for (const r of decided) {
      doc.heading(2, `${itemNo(r.data.no, lang)}${resolutionHeading(r.data, lang)}`);
      doc.markdown(block(r.data.text));
      doc.paragraph(assignmentLine(records, r.data, lang));
    }
  }

  if (meeting.kind !== 'written') attendance(doc, records, meeting, lang);
  if (meeting.recorder) label(doc, '记录', 'Minutes taken by', inline(meeting.recorder));
  doc.imprint(imprintLines(records, meeting, lang));
  return doc.build();
}

/** The 版记: 报送, 分送, and the issuing office with the date of issue. */
function imprintLines(records: Records, meeting: Meeting, lang: Lang): ImprintLine[] {
  const lines: ImprintLine[] = [];
  const sep = t(lang, ',', ', ');
  const end = t(lang, '。', '.');
  const add = (zh: string, en: string, text: string): void => {
    lines.push({ kind: 'labelled', label: t(lang, zh, en), separator: t(lang, ':', ': '), text });
  };
  if (meeting.reported_to?.length) add('报送', 'Reported to', `${meeting.reported_to.map(inline).join(sep)}${end}`);
  if (meeting.minutes?.distribution?.length) add('分送', 'Distribution', `${meeting.minutes.distribution.map(inline).join(sep)}${end}`);
  const bodyName = inline(records.body?.data.name ?? '');
  const office = t(lang, `${bodyName}办公室`, `the office of ${bodyName}`);
  if (isIssued(meeting) && meeting.minutes?.issued) {
    const date = dateText(meeting.minutes.issued, lang);
    if (lang === 'zh') lines.push({ kind: 'split', left: office, gap: '\u3000\u3000', right: `${date}印发` });
    else lines.push({ kind: 'text', text: `Issued by ${office} on ${date}.` });
  } else if (lang === 'zh') lines.push({ kind: 'split', left: office, gap: '\u3000\u3000', right: '(征求意见稿,尚未印发)' });
  else lines.push({ kind: 'text', text: `Draft for comment, not yet issued by ${office}.` });
  return lines;
}

/** **出席**:… — the label in bold, as the standard sets it in 黑体. */
function label(doc: DocumentBuilder, zh: string, en: string, text: string): void {
  doc.labelled(t(doc.lang, zh, en), t(doc.lang, ':', ': '), text);
}

/**
 * The person who sits for a member at this meeting, with what they are: the holder on the meeting date, or
 * at a liaison meeting the liaison (the holder when the unit has no liaison).
 */
function seat(records: Records, id: string, meeting: Meeting, lang: Lang): { name?: string; post: string } {
  const member = records.members.get(id)?.data;
  if (!member) return { post: inline(id) };
  if (meeting.kind === 'liaison') {
    const liaison = liaisonName(records, id, meeting.date);
    if (liaison) return { name: liaison, post: t(lang, `${inline(member.unit)}联络员`, `${inline(member.unit)} liaison`) };
  }
  const role = member.role === 'member' ? '' : t(lang, `${roleName(member.role, lang)}、`, `${roleName(member.role, lang)}, `);
  return { name: holderName(records, id, meeting.date), post: `${role}${postName(member, lang)}` };
}

function withPost(name: string | undefined, post: string, lang: Lang, extra?: string): string {
  const inside = extra ? (post ? t(lang, `${post},${extra}`, `${post}, ${extra}`) : extra) : post;
  if (name && !inside) return name;
  if (!name) return extra ? t(lang, `${post}(${extra})`, `${post} (${extra})`) : post;
  return t(lang, `${name}(${inside})`, `${name} (${inside})`);
}

function attendeeText(records: Records, attendee: Attendee, meeting: Meeting, lang: Lang): string {
  const id = attendeeId(attendee);
  const { name, post } = seat(records, id, meeting, lang);
  if (typeof attendee === 'string') return withPost(name, post, lang);
  if (attendee.on_behalf) {
    const holder = name ?? '';
    if (attendee.name) {
      const who = inline(attendee.name);
      return t(lang, `${who}(代${post}${holder}出席)`, `${who} (for ${holder ? `${holder}, ` : ''}${post})`);
    }
    return t(lang, `${post}${holder}(委托他人代为出席)`, `${holder ? `${holder} (${post})` : post}, represented`);
  }
  return withPost(attendee.name ? inline(attendee.name) : name, post, lang);
}

/** 出席, 请假, 列席, each on its own line, people named as they held the seat on the meeting date. */
function attendance(doc: DocumentBuilder, records: Records, meeting: Meeting, lang: Lang): void {
  const present = (meeting.attendees ?? []).map((a) => attendeeText(records, a, meeting, lang));
  if (present.length > 0) label(doc, '出席', 'Present', present.join(t(lang, '、', '; ')));
  const absent = (meeting.absent ?? []).map((a) => {
    const { name, post } = seat(records, a.member, meeting, lang);
    return withPost(name, post, lang, a.reason ? inline(a.reason) : undefined);
  });
  if (absent.length > 0) label(doc, '请假', 'Excused', absent.join(t(lang, '、', '; ')));
  const observers = (meeting.observers ?? []).map((o) => {
    const post = inline(lang === 'zh' ? `${o.unit ?? ''}${o.position ?? ''}` : [o.unit, o.position].filter(Boolean).join(' '));
    return withPost(inline(o.name), post, lang);
  });
  if (observers.length > 0) label(doc, '列席', 'In attendance', observers.join(t(lang, '、', '; ')));
}

/** Who proposed the written review, the topics, when and to how many members it was circulated. */
function writtenOpening(records: Records, meeting: Meeting, lang: Lang): string {
  const proposer = presiderPhrase(records, meeting.convener, meeting.date, lang);
  const delegated = meeting.delegated ? t(lang, '受组长委托,', 'On the leader’s delegation, ') : '';
  const asked = tallyOf(records, meeting).asked;
  const title = `${shortName(records)}${lang === 'zh' ? '' : ' '}${inline(meeting.title)}`;
  const parts: string[] = [];
  if (lang === 'zh') {
    const topics = (meeting.topics ?? []).map((tp) => topicText(tp, lang));
    parts.push(`${delegated}${proposer}签批提出${title}${topics.length > 0 ? `,${topics.join(';')}` : ''}。`);
    if (meeting.circulated)
      parts.push(
        `${dateText(meeting.circulated, lang)},审议材料送${asked}家成员单位书面征求意见${meeting.respond_by ? `,反馈时限为${dateText(meeting.respond_by, lang)}` : ''}。`,
      );
    parts.push(`${dateText(meeting.date, lang)}审议结束。现纪要如下:`);
    return parts.join('');
  }
  const subject = delegated ? `${delegated}${proposer}` : `${proposer.charAt(0).toUpperCase()}${proposer.slice(1)}`;
  parts.push(`${subject} proposed the ${title}.`);
  const topics = topicsSentence(meeting, lang);
  if (topics) parts.push(topics);
  if (meeting.circulated)
    parts.push(
      `On ${dateText(meeting.circulated, lang)} the papers were circulated to ${asked} member units for their written opinions${meeting.respond_by ? `, due by ${dateText(meeting.respond_by, lang)}` : ''}.`,
    );
  parts.push(`The review closed on ${dateText(meeting.date, lang)}. The minutes follow.`);
  return parts.join(' ');
}

/** 同意 N 家, 不同意 N 家, 有意见 N 家, 未反馈 N 家, then each opinion with its note. */
function writtenTally(doc: DocumentBuilder, records: Records, meeting: Meeting, lang: Lang): void {
  const tally = tallyOf(records, meeting);
  const seatName = seatNamer(
    records,
    tally.rows.map((row) => row.member),
    lang,
  );
  const silent = tally.none.map(seatName);
  if (lang === 'zh') {
    doc.paragraph(
      `共征求${tally.asked}家成员单位意见:同意${tally.agree}家,不同意${tally.disagree}家,有意见${tally.comment}家,未反馈${tally.none.length}家` +
        `${silent.length > 0 ? `(${listText(silent, lang)})` : ''}。` +
        `${tally.late > 0 ? `其中${tally.late}家在反馈时限后反馈。` : ''}`,
    );
  } else {
    doc.paragraph(
      `${tally.asked} member units were asked: agree ${tally.agree}, disagree ${tally.disagree}, comment ${tally.comment}, ` +
        `no response ${tally.none.length}${silent.length > 0 ? ` (${listText(silent, lang)})` : ''}.` +
        `${tally.late > 0 ? ` ${tally.late} responded after the deadline.` : ''}`,
    );
  }
  if (tally.rows.length === 0) return;
  const rows = tally.rows.map((row, i) => {
    const r = row.response;
    const late = r && meeting.respond_by !== undefined && r.date > meeting.respond_by ? t(lang, '(逾期)', ' (late)') : '';
    return [
      String(i + 1),
      seatName(row.member),
      opinionName(r ? r.opinion : 'none', lang),
      r ? `${dateText(r.date, lang)}${late}` : '',
      r?.note ? inline(r.note) : '',
    ];
  });
  doc.table(lang === 'zh' ? ['序号', '成员单位', '意见', '反馈日期', '意见内容'] : ['No.', 'Member unit', 'Opinion', 'Date', 'Note'], rows);
}
