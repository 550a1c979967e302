// 督办反馈: a notice whose reply is late (reply_by before today, no reply, not closed) is itself an item the
// office chases, owned by the unit it was sent to (RECORDS.md); with a horizon, one whose reply falls due soon.
import { daysBetween } from './dates.js';
import type { Records } from './records.js';
import type { ItemLevel, SupervisionItem } from './supervision-item.js';
import { awaitsReply, supervisionsInOrder } from './supervision-records.js';

export function replyItems(records: Records, today: string, withinDays = 0): SupervisionItem[] {
  const items: SupervisionItem[] = [];
  for (const rec of supervisionsInOrder(records)) {
    const s = rec.data;
    if (s.date > today || !awaitsReply(s, today) || s.to === undefined) continue;
    const days = daysBetween(s.reply_by!, today);
    const level: ItemLevel | null = days > 0 ? 'overdue' : -days < withinDays ? 'due-soon' : null;
    if (level === null) continue;
    items.push({
      type: 'supervision',
      level,
      id: rec.id,
      title: s.number ?? rec.id,
      owner: s.to,
      lead: null,
      responsible: [],
      cooperating: [],
      meeting: null,
      due: s.reply_by!,
      days_overdue: days,
      status: 'no_response',
      note: null,
      supervised: 0,
      supervisions: [],
    });
  }
  return items;
}
