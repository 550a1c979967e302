// The 督办 section of `yishi tasks show`: each notice or circular that named the task, with its reply date,
// its first reply and its closing.
import type { Lang } from '../core/diagnostic.js';
import { defineMessages, text } from '../core/messages.js';
import { supervisionKindName } from '../i18n/vocabulary.js';
import type { Records } from '../model/records.js';
import { replyTiming, supervisionsOf } from '../model/supervision-records.js';
import { columnWidths, padTo } from './align-columns.js';

const messages = defineMessages({
  heading: { zh: '督办', en: 'Supervision' },
  replyBy: { zh: '反馈时限 {date}', en: 'reply by {date}' },
  on_time: { zh: '已按时反馈 {date}', en: 'replied on time {date}' },
  late: { zh: '逾期反馈 {date}', en: 'replied late {date}' },
  missing: { zh: '没有反馈', en: 'no reply' },
  replyPending: { zh: '待反馈', en: 'reply pending' },
  closed: { zh: '已销号 {date}', en: 'closed {date}' },
});

/** Lines (heading first) for the notices that named `id` by `today`; none when there are none. */
export function taskSupervisionLines(records: Records, id: string, today: string, lang: Lang, bold: (s: string) => string): string[] {
  const rows = supervisionsOf(records, id, today).map((rec) => {
    const s = rec.data;
    const timing = replyTiming(s, today);
    const first = s.replies?.find((r) => r.date <= today)?.date ?? '';
    const reply =
      s.kind === 'circular' && s.reply_by === undefined && !first
        ? ''
        : text(lang, messages, timing === 'pending' ? 'replyPending' : timing, { date: first });
    return [
      s.date,
      s.number ?? rec.id,
      supervisionKindName(s.kind, lang),
      s.reply_by ? text(lang, messages, 'replyBy', { date: s.reply_by }) : '',
      reply,
      s.closed && s.closed <= today ? text(lang, messages, 'closed', { date: s.closed }) : '',
    ];
  });
  if (rows.length === 0) return [];
  const widths = columnWidths(rows);
  const lines = rows.map((row) => `  ${row.map((c, i) => padTo(c, widths[i]!)).join('  ')}`.trimEnd());
  return ['', bold(text(lang, messages, 'heading')), ...lines];
}
