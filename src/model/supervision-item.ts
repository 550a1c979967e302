// One thing the office supervises (督办) [五(四), 五(五)]: a task, a written-review opinion, minutes to issue, a
// year's plenary. `yishi overdue` and `yishi tasks` print lists of this one shape in every format.
import { daysBetween } from './dates.js';
import { ownerOf } from './owner-of.js';
import type { Rec, Records } from './records.js';
import { supervisionsOf } from './supervision-records.js';
import { dueDateOf, isOverdue, isSuperseded, lastNoteOf, statusOf } from './task-state.js';
import type { Resolution, TaskStatus } from './types.js';

/** supervision: a 督办 notice whose reply is late (督办反馈). */
export type ItemType = 'task' | 'opinion' | 'minutes' | 'plenary' | 'supervision';

/** overdue: red card; due-soon: yellow card (due between today and the --within horizon); null: neither. */
export type ItemLevel = 'overdue' | 'due-soon';

/**
 * A task's status (docs/records.md), or `superseded`; a missing opinion is `no_response`; minutes not issued are
 * `draft` (a draft exists) or `none`; a year without a plenary is `not_held`.
 */
export type ItemStatus = TaskStatus | 'superseded' | 'no_response' | 'draft' | 'none' | 'not_held';

/** The JSON item of issue 4, key order included. */
export interface SupervisionItem {
  type: ItemType;
  level: ItemLevel | null;
  /** The resolution id for a task, the meeting id for an opinion or minutes, the year for a plenary. */
  id: string;
  title: string;
  /** A member id, or `office`. */
  owner: string;
  /** The task's original lead (differs from owner after succession); null for other items. */
  lead: string | null;
  responsible: string[];
  cooperating: string[];
  meeting: string | null;
  due: string | null;
  /** Calendar days past `due` (negative before it); null for a task that is done or superseded. */
  days_overdue: number | null;
  status: ItemStatus;
  /** The last progress note of a task (for a blocked task: the difficulty it reported). */
  note: string | null;
  /** How many 督办 notices and circulars have named the item by today. */
  supervised: number;
  /** Those notices and circulars, oldest first. */
  supervisions: SupervisionMark[];
}

/** A notice or circular that named an item. */
export interface SupervisionMark {
  id: string;
  number: string | null;
  date: string;
}

/** The notices and circulars that named `id` by `today`; with `unit`, only notices to that unit (and circulars). */
export function supervisionMarks(
  records: Records,
  id: string,
  today: string,
  unit?: string,
): Pick<SupervisionItem, 'supervised' | 'supervisions'> {
  const named = supervisionsOf(records, id, today).filter((s) => unit === undefined || s.data.to === undefined || s.data.to === unit);
  const marks = named.map((s) => ({ id: s.id, number: s.data.number ?? null, date: s.data.date }));
  return { supervised: marks.length, supervisions: marks };
}

export const OFFICE = 'office';

/** The task's title: its `title`, else the first line of its text. */
export function titleOf(resolution: Resolution): string {
  return resolution.title ?? resolution.text.trim().split('\n')[0] ?? '';
}

/**
 * A resolution with a lead as a supervision item on `today`. Its level is `overdue` when the task is overdue
 * (docs/records.md), `due-soon` when it is open and due within `withinDays` days (today included), else null.
 */
export function taskItem(records: Records, rec: Rec<Resolution>, today: string, withinDays = 0): SupervisionItem {
  const r = rec.data;
  const due = dueDateOf(r) ?? null;
  const status: ItemStatus = isSuperseded(r) ? 'superseded' : statusOf(r);
  const settled = status === 'done' || status === 'superseded';
  const days = due !== null && !settled ? daysBetween(due, today) : null;
  const level: ItemLevel | null = isOverdue(r, today) ? 'overdue' : days !== null && days <= 0 && -days < withinDays ? 'due-soon' : null;
  const lead = r.lead ?? '';
  return {
    type: 'task',
    level,
    id: rec.id,
    title: titleOf(r),
    owner: ownerOf(records, lead, today).owner,
    lead,
    responsible: [...(r.responsible ?? [])],
    cooperating: [...(r.cooperating ?? [])],
    meeting: r.meeting,
    due,
    days_overdue: days,
    status,
    note: lastNoteOf(r) ?? null,
    ...supervisionMarks(records, rec.id, today),
  };
}

/** How an item concerns a member: owns it, was its original lead, is responsible for it, or cooperates. */
export type UnitRole = 'owner' | 'lead' | 'responsible' | 'cooperating';

export function roleOf(item: SupervisionItem, unit: string): UnitRole | undefined {
  if (item.owner === unit) return 'owner';
  if (item.lead === unit) return 'lead';
  if (item.responsible.includes(unit)) return 'responsible';
  if (item.cooperating.includes(unit)) return 'cooperating';
  return undefined;
}
