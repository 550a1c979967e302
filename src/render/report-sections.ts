// The annual report's sections 三 to 五: deadline extensions granted in the year, written reviews and their
// response rates, and the minutes of the year's meetings with how long each took to issue.
import { daysBetween } from '../model/dates.js';
import { resolutionsInOrder, type Rec, type Records } from '../model/records.js';
import type { Meeting } from '../model/types.js';
import type { DocumentBuilder } from '../document/blocks.js';
import { minutesNumber, resolutionHeading, tallyOf } from './minutes-parts.js';
import { unitName } from './names.js';
import { percent } from './report-tasks.js';
import { count, dateText, inline, t, type Lang } from './wording.js';

export function extensions(doc: DocumentBuilder, records: Records, inYear: (date: string) => boolean, asOf: string, lang: Lang): void {
  const rows: string[][] = [];
  for (const r of resolutionsInOrder(records)) {
    let previous = r.data.due;
    for (const e of r.data.extensions ?? []) {
      const by = records.meetings.get(e.granted_by)?.data;
      if (by && inYear(by.date) && by.date <= asOf)
        rows.push([
          String(rows.length + 1),
          resolutionHeading(r.data, lang),
          unitName(records, r.data.lead ?? ''),
          previous ? dateText(previous, lang) : '',
          dateText(e.due, lang),
          inline(by.title),
          inline(e.reason ?? ''),
        ]);
      previous = e.due;
    }
  }
  if (rows.length === 0) {
    doc.paragraph(t(lang, '本年度未批准延期。', 'No deadline was extended this year.'));
    return;
  }
  doc.paragraph(
    t(lang, `本年度经领导小组审议同意延期${rows.length}次。`, `${count(rows.length, '次', 'extension', lang)} granted this year.`),
  );
  doc.table(
    lang === 'zh'
      ? ['序号', '事项', '牵头单位', '原时限', '延至', '批准', '原因']
      : ['No.', 'Task', 'Lead', 'Was due', 'Now due', 'Granted by', 'Reason'],
    rows,
  );
}

export function writtenReviews(doc: DocumentBuilder, records: Records, reviews: Rec<Meeting>[], lang: Lang): void {
  if (reviews.length === 0) {
    doc.paragraph(t(lang, '本年度未开展书面审议。', 'No written review this year.'));
    return;
  }
  let asked = 0;
  let answered = 0;
  let onTime = 0;
  const rows = reviews.map((m, i) => {
    const tally = tallyOf(records, m.data);
    const participants = new Set(tally.rows.slice(0, tally.asked).map((r) => r.member));
    const responses = tally.rows.filter((r) => participants.has(r.member) && r.response).map((r) => r.response!);
    const timely = responses.filter((r) => m.data.respond_by === undefined || r.date <= m.data.respond_by).length;
    asked += tally.asked;
    answered += responses.length;
    onTime += timely;
    return [
      String(i + 1),
      inline(m.data.title),
      String(tally.asked),
      String(responses.length),
      percent(responses.length, tally.asked),
      percent(timely, tally.asked),
      `${tally.agree}/${tally.disagree}/${tally.comment}`,
    ];
  });
  doc.paragraph(
    t(
      lang,
      `本年度开展书面审议${reviews.length}次,共征求成员单位意见${asked}家次,反馈${answered}家次,反馈率${percent(answered, asked)},按时反馈率${percent(onTime, asked)}。`,
      `${count(reviews.length, '次', 'written review', lang)} this year: ${asked} opinions asked, ${answered} given, a response rate of ${percent(answered, asked)} (${percent(onTime, asked)} on time).`,
    ),
  );
  doc.table(
    lang === 'zh'
      ? ['序号', '书面审议', '征求意见', '已反馈', '反馈率', '按时反馈率', '同意/不同意/有意见']
      : ['No.', 'Written review', 'Asked', 'Responded', 'Response rate', 'On time', 'Agree/disagree/comment'],
    rows,
  );
}

export function minutes(doc: DocumentBuilder, records: Records, held: Rec<Meeting>[], asOf: string, lang: Lang): void {
  if (held.length === 0) {
    doc.paragraph(t(lang, '本年度未召开会议。', 'No meeting was held this year.'));
    return;
  }
  const issuedBy = (m: Meeting): string | undefined =>
    m.minutes?.status === 'issued' && m.minutes.issued !== undefined && m.minutes.issued <= asOf ? m.minutes.issued : undefined;
  const issued = held.filter((m) => issuedBy(m.data) !== undefined);
  const delays = issued.map((m) => daysBetween(m.data.date, issuedBy(m.data)!));
  const average = delays.length > 0 ? (delays.reduce((a, b) => a + b, 0) / delays.length).toFixed(1) : undefined;
  const pending = held.filter((m) => issuedBy(m.data) === undefined);
  doc.paragraph(
    t(
      lang,
      `本年度召开的${held.length}次会议中,已印发会议纪要${issued.length}份${average !== undefined ? `,平均在会后${average}天印发` : ''}` +
        `${pending.length > 0 ? `;尚未印发${pending.length}份(${pending.map((m) => inline(m.data.title)).join('、')})` : ''}。`,
      `Of the ${count(held.length, '次', 'meeting', lang)} held this year, ${issued.length} ha${issued.length === 1 ? 's' : 've'} issued minutes` +
        `${average !== undefined ? `, on average ${average} days after the meeting` : ''}` +
        `${pending.length > 0 ? `; ${pending.length} not yet (${pending.map((m) => inline(m.data.title)).join(', ')})` : ''}.`,
    ),
  );
  doc.table(
    lang === 'zh'
      ? ['序号', '会议', '纪要文号', '会议日期', '印发日期', '间隔天数']
      : ['No.', 'Meeting', 'Number', 'Held', 'Issued', 'Days'],
    held.map((m, i) => {
      const on = issuedBy(m.data);
      return [
        String(i + 1),
        inline(m.data.title),
        on ? (minutesNumber(records, m.data) ?? '') : t(lang, '未印发', 'not issued'),
        dateText(m.data.date, lang),
        on ? dateText(on, lang) : '',
        on ? String(daysBetween(m.data.date, on)) : '',
      ];
    }),
  );
}
