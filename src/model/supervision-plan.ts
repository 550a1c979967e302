// What `yishi supervise` would send on a date: for each unit, the tasks it owns that are overdue (or due within
// a horizon) and the written opinions it owes, leaving out what a notice still waiting for its reply already
// names; and the next id and number of a supervision record. Pure.
import { yearOf } from './dates.js';
import { freeId } from './next-ids.js';
import type { Records } from './records.js';
import { supervisionItems } from './supervision.js';
import { OFFICE, type SupervisionItem } from './supervision-item.js';
import { supervisionsInOrder } from './supervision-records.js';

export interface UnitPlan {
  unit: string;
  items: SupervisionItem[];
}

/** Items named by a notice that is not closed and whose reply is not yet due: they are being supervised. */
export function itemsAwaitingReply(records: Records, today: string): Set<string> {
  const out = new Set<string>();
  for (const s of supervisionsInOrder(records)) {
    const d = s.data;
    if (d.date > today || (d.closed !== undefined && d.closed <= today)) continue;
    // A circular without a reply date asks nothing of a unit; a notice whose reply date has passed is late.
    if (d.reply_by === undefined || d.reply_by < today) continue;
    d.items.forEach((id) => out.add(id));
  }
  return out;
}

/** Tasks and missing opinions owned by members (not the office), overdue or due within `withinDays`. */
export function supervisableItems(records: Records, today: string, withinDays = 0): SupervisionItem[] {
  const pending = itemsAwaitingReply(records, today);
  return supervisionItems(records, today, { withinDays }).filter(
    (i) => (i.type === 'task' || i.type === 'opinion') && i.owner !== OFFICE && !pending.has(i.id),
  );
}

/** One plan per unit with such items, units in the order of their most overdue item. */
export function plansByUnit(records: Records, today: string, withinDays = 0): UnitPlan[] {
  const byUnit = new Map<string, SupervisionItem[]>();
  for (const item of supervisableItems(records, today, withinDays)) {
    const list = byUnit.get(item.owner);
    if (list) list.push(item);
    else byUnit.set(item.owner, [item]);
  }
  return [...byUnit].map(([unit, items]) => ({ unit, items }));
}

/** `2025-07-02-zjj`, `2025-07-02-circular`; `-2`, `-3` … when taken. */
export function supervisionIdFor(records: Records, date: string, to: string, taken: ReadonlySet<string> = new Set()): string {
  return freeId(`${date}-${to}`, new Set([...records.ids.supervision, ...taken]));
}

/**
 * The numbers of `count` new supervision records sent on `date`, from the body's `supervision_number`: {n}
 * continues after the records of that year (of every year without {year}), skipping numbers in use.
 * Undefined when the body has no template.
 */
export function nextSupervisionNumbers(records: Records, date: string, count = 1): string[] | undefined {
  const template = records.body?.data.supervision_number;
  if (!template) return undefined;
  const year = yearOf(date);
  const perYear = template.includes('{year}');
  const all = [...records.supervisions.values()];
  let n = all.filter((s) => !perYear || yearOf(s.data.date) === year).length + 1;
  const taken = new Set(all.map((s) => s.data.number));
  const numbered = (k: number): string => template.replace(/\{year\}/g, String(year)).replace(/\{n\}/g, String(k));
  const out: string[] = [];
  while (out.length < count) {
    while (taken.has(numbered(n))) n++;
    out.push(numbered(n));
    taken.add(numbered(n));
  }
  return out;
}
