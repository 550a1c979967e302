// Every task of the body with its state on a date, filtered as `yishi tasks` asks, in the order decided.
import { resolutionsInOrder, type Records } from './records.js';
import { isTask } from './task-state.js';
import { roleOf, taskItem, type ItemStatus, type SupervisionItem } from './supervision-item.js';

/** A status to select by: a task status, or `overdue`. */
export type TaskFilterStatus = ItemStatus | 'overdue';

export interface TaskFilter {
  /** Any of these (a task matches `overdue` when it is overdue). Empty or absent: all. */
  status?: readonly TaskFilterStatus[];
  /** Tasks concerning this member: as owner, original lead, responsible or cooperating unit. */
  unit?: string;
  /** Tasks decided at this meeting. */
  meeting?: string;
  /** Due date (after extensions) strictly before this date. */
  dueBefore?: string;
  /** Due date (after extensions) strictly after this date. */
  dueAfter?: string;
}

export function matchesFilter(item: SupervisionItem, filter: TaskFilter): boolean {
  if (filter.status && filter.status.length > 0) {
    const ok = filter.status.some((s) => (s === 'overdue' ? item.level === 'overdue' : item.status === s));
    if (!ok) return false;
  }
  if (filter.unit !== undefined && roleOf(item, filter.unit) === undefined) return false;
  if (filter.meeting !== undefined && item.meeting !== filter.meeting) return false;
  if (filter.dueBefore !== undefined && !(item.due !== null && item.due < filter.dueBefore)) return false;
  if (filter.dueAfter !== undefined && !(item.due !== null && item.due > filter.dueAfter)) return false;
  return true;
}

/** The tasks (resolutions with a lead) as items on `today`, by meeting date and number, filtered. */
export function listTasks(records: Records, today: string, filter: TaskFilter = {}): SupervisionItem[] {
  return resolutionsInOrder(records)
    .filter((r) => isTask(r.data))
    .map((r) => taskItem(records, r, today))
    .filter((item) => matchesFilter(item, filter));
}

export interface TaskCounts {
  total: number;
  open: number;
  in_progress: number;
  blocked: number;
  done: number;
  superseded: number;
  overdue: number;
}

export function countTasks(items: readonly SupervisionItem[]): TaskCounts {
  const counts: TaskCounts = { total: items.length, open: 0, in_progress: 0, blocked: 0, done: 0, superseded: 0, overdue: 0 };
  for (const item of items) {
    if (item.status in counts) counts[item.status as keyof TaskCounts]++;
    if (item.level === 'overdue') counts.overdue++;
  }
  return counts;
}
