// The 督办 section of the annual report [四(二)]: notices and circulars sent in the year, how the notices' replies
// came, and the median days to 销号; a table of the records. Only for a body that keeps supervision records.
import { defineMessages, text } from '../core/messages.js';
import { supervisionKindName } from '../i18n/vocabulary.js';
import type { Records } from '../model/records.js';
import { replyTiming } from '../model/supervision-records.js';
import { supervisionStats } from '../model/supervision-stats.js';
import { unitName } from './names.js';
import type { DocumentBuilder } from '../document/blocks.js';
import { dateText, inline, sectionNo, type Lang } from './wording.js';

const messages = defineMessages({
  heading: { zh: '督办情况', en: 'Supervision' },
  noneSent: { zh: '本年度未发出督办通知或督办通报。', en: 'No supervision notice or circular was sent this year.' },
  summary: {
    zh: '本年度发出督办通知{notices}份、督办通报{circulars}份[四(二)]。督办通知中,按时反馈{onTime}份,逾期反馈{late}份,未反馈{missing}份,尚未到反馈时限{pending}份;已销号{closed}份。',
    en: 'Sent this year [四(二)]: supervision notices {notices}, circulars {circulars}. Replies to the notices: on time {onTime}, late {late}, none {missing}, not yet due {pending}; closed {closed}.',
  },
  median: { zh: '从发出到销号的天数中位数为{days}天。', en: 'The median time from sending to closing was {days} {days|day|days}.' },
  headers: { zh: '序号|文号|发出日期|类型|督办对象|事项|反馈|销号', en: 'No.|Number|Sent|Kind|To|Items|Reply|Closed' },
  allMembers: { zh: '各成员单位', en: 'every member' },
  on_time: { zh: '按时', en: 'on time' },
  late: { zh: '逾期', en: 'late' },
  missing: { zh: '未反馈', en: 'none' },
  notYetDue: { zh: '未到期', en: 'not yet due' },
});

const TIMING_KEYS = { on_time: 'on_time', late: 'late', missing: 'missing', pending: 'notYetDue' } as const;

/** The section, numbered `no`, when the body has any supervision record; else nothing. */
export function supervisionSection(doc: DocumentBuilder, records: Records, no: number, year: number, asOf: string, lang: Lang): void {
  if (records.supervisions.size === 0) return;
  doc.heading(1, `${sectionNo(no, lang)}${text(lang, messages, 'heading')}`);
  const stats = supervisionStats(records, year, asOf);
  if (stats.sent.length === 0) {
    doc.paragraph(text(lang, messages, 'noneSent'));
    return;
  }
  const { notices, circulars, onTime, late, missing, pending, closed } = stats;
  const median = stats.medianDaysToClose !== undefined ? text(lang, messages, 'median', { days: stats.medianDaysToClose }) : '';
  const summary = text(lang, messages, 'summary', { notices, circulars, onTime, late, missing, pending, closed });
  doc.paragraph(`${summary}${lang === 'en' && median ? ' ' : ''}${median}`);
  const rows = stats.sent.map((rec, i) => {
    const s = rec.data;
    return [
      String(i + 1),
      inline(s.number ?? rec.id),
      dateText(s.date, lang),
      supervisionKindName(s.kind, lang),
      s.to !== undefined ? unitName(records, s.to) : text(lang, messages, 'allMembers'),
      String(s.items.length),
      s.kind === 'notice' ? text(lang, messages, TIMING_KEYS[replyTiming(s, asOf)]) : '-',
      s.closed !== undefined && s.closed <= asOf ? dateText(s.closed, lang) : '-',
    ];
  });
  doc.table(text(lang, messages, 'headers').split('|'), rows);
}
