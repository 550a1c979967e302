// A year of 督办 in figures: notices and circulars sent, how the notices' replies came (on time, late, missing,
// not yet due), how many were closed and the median days from sending to closing (销号). Pure.
import { daysBetween } from './dates.js';
import type { Rec, Records } from './records.js';
import { replyTiming, supervisionsInOrder } from './supervision-records.js';
import type { Supervision } from './types.js';

export interface SupervisionStats {
  sent: Rec<Supervision>[];
  notices: number;
  circulars: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  closed: number;
  /** Median days from date to closed of the records closed by asOf; undefined when none. */
  medianDaysToClose?: number;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** The records sent in `year` by `asOf`, counted as they stood on `asOf`. */
export function supervisionStats(records: Records, year: number, asOf: string): SupervisionStats {
  const sent = supervisionsInOrder(records).filter((s) => s.data.date.startsWith(`${year}-`) && s.data.date <= asOf);
  const stats: SupervisionStats = { sent, notices: 0, circulars: 0, onTime: 0, late: 0, missing: 0, pending: 0, closed: 0 };
  const toClose: number[] = [];
  for (const { data: s } of sent) {
    if (s.kind === 'circular') stats.circulars++;
    else {
      stats.notices++;
      const timing = replyTiming(s, asOf);
      if (timing === 'on_time') stats.onTime++;
      else if (timing === 'late') stats.late++;
      else if (timing === 'missing') stats.missing++;
      else stats.pending++;
    }
    if (s.closed !== undefined && s.closed <= asOf) {
      stats.closed++;
      toClose.push(daysBetween(s.date, s.closed));
    }
  }
  stats.medianDaysToClose = median(toClose);
  return stats;
}
