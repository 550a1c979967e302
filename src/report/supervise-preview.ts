// `yishi supervise --dry-run`: the notices that would be sent, one block each: kind, id, number, unit and reply
// date, then its items with their due date and how late they are. Nothing is written.
import type { Lang, Message } from '../core/diagnostic.js';
import { defineMessages, say, text } from '../core/messages.js';
import { supervisionKindName } from '../i18n/vocabulary.js';
import type { Records } from '../model/records.js';
import type { SupervisionItem } from '../model/supervision-item.js';
import { titleOf } from '../model/supervision-item.js';
import type { PlannedSupervision } from '../write/new-supervision.js';
import { daysText, namesOf } from './supervision-labels.js';

const messages = defineMessages({
  toAll: { zh: '全体成员', en: 'every member' },
  replyBy: { zh: '反馈时限 {date}', en: 'reply by {date}' },
  noNumber: { zh: '(无文号)', en: '(no number)' },
  summary: {
    zh: '共 {n} 份,未写入(--dry-run)。',
    en: '{n} {n|record|records}, nothing written (--dry-run).',
  },
  nothing: { zh: '没有需要督办的事项。', en: 'Nothing to supervise.' },
});

/** Words for the notes of `yishi supervise`. */
export function nothingToSupervise(): Message {
  return say(messages, 'nothing');
}

export function formatSupervisePreview(
  records: Records,
  planned: readonly PlannedSupervision[],
  items: ReadonlyMap<string, SupervisionItem>,
  lang: Lang,
): string {
  const names = namesOf(records, lang);
  const out: string[] = [];
  for (const p of planned) {
    const to = p.to === undefined ? text(lang, messages, 'toAll') : `${names.unit(p.to)}(${p.to})`;
    const head = [supervisionKindName(p.kind, lang), p.id, p.number ?? text(lang, messages, 'noNumber'), to];
    if (p.replyBy) head.push(text(lang, messages, 'replyBy', { date: p.replyBy }));
    out.push(head.join('  '));
    for (const id of p.items) {
      const item = items.get(id);
      const res = records.resolutions.get(id)?.data;
      const title = item?.title ?? (res ? titleOf(res) : (records.meetings.get(id)?.data.title ?? ''));
      const owner = p.to === undefined && item ? `  ${names.unit(item.owner)}` : '';
      const late = item ? `  ${item.due ?? ''}  ${daysText(item.days_overdue, lang)}` : '';
      out.push(`  - ${id}  ${title}${owner}${late}`);
    }
  }
  out.push(planned.length === 0 ? text(lang, messages, 'nothing') : text(lang, messages, 'summary', { n: planned.length }));
  return out.join('\n') + '\n';
}
