// A resolution as a task: its due date after extensions, its status, and whether it is overdue (docs/records.md).
import { daysBetween } from './dates.js';
import type { Resolution, TaskStatus } from './types.js';

/** A resolution with a lead is a task; without one it is a decision that needs no follow-up. */
export function isTask(resolution: Resolution): boolean {
  return resolution.lead !== undefined;
}

/** The last extension's `due`, else `due`. */
export function dueDateOf(resolution: Resolution): string | undefined {
  const ext = resolution.extensions;
  return ext && ext.length > 0 ? ext[ext.length - 1]!.due : resolution.due;
}

/** The status of the last progress entry, else `open`. */
export function statusOf(resolution: Resolution): TaskStatus {
  const p = resolution.progress;
  return p && p.length > 0 ? p[p.length - 1]!.status : 'open';
}

/** The date the task was reported done, if it is done. */
export function doneOn(resolution: Resolution): string | undefined {
  const p = resolution.progress;
  const last = p && p.length > 0 ? p[p.length - 1] : undefined;
  return last?.status === 'done' ? last.date : undefined;
}

export function isSuperseded(resolution: Resolution): boolean {
  return resolution.superseded_by !== undefined;
}

/** Overdue: a task whose due date is before today, not done, not superseded. Due today is not overdue. */
export function isOverdue(resolution: Resolution, today: string): boolean {
  const due = dueDateOf(resolution);
  return isTask(resolution) && due !== undefined && due < today && statusOf(resolution) !== 'done' && !isSuperseded(resolution);
}

/** Calendar days past the due date (negative before it): due 2025-06-30 is 1 day overdue on 2025-07-01. */
export function daysOverdue(resolution: Resolution, today: string): number | undefined {
  const due = dueDateOf(resolution);
  return due === undefined ? undefined : daysBetween(due, today);
}

/** The last progress note, e.g. the difficulty a blocked task reported. */
export function lastNoteOf(resolution: Resolution): string | undefined {
  const p = resolution.progress;
  return p && p.length > 0 ? p[p.length - 1]!.note : undefined;
}
