// Which calendar years, from the body's establishment up to today, have no held plenary meeting [五(一)].
import { daysBetween } from './dates.js';
import type { Records } from './records.js';

export interface PlenaryGap {
  year: number;
  /** The year is over (before today's year). */
  ended: boolean;
  /** Days left in the year counting today (0 for an ended year): 31 on 12-01. */
  daysLeft: number;
}

/** A meeting is held once its date is on or before today; a later date is a planned meeting. */
export function isHeld(meeting: { date: string }, today: string): boolean {
  return meeting.date <= today;
}

/**
 * Years without a held plenary: every ended year since establishment, and the current year once fewer
 * than `warnDays` days remain in it.
 */
export function yearsWithoutPlenary(records: Records, today: string, warnDays: number): PlenaryGap[] {
  const established = records.body?.data.established.date;
  if (!established) return [];
  const held = new Set<number>();
  for (const m of records.meetings.values())
    if (m.data.kind === 'plenary' && isHeld(m.data, today)) held.add(Number(m.data.date.slice(0, 4)));
  const gaps: PlenaryGap[] = [];
  const first = Number(established.slice(0, 4));
  const current = Number(today.slice(0, 4));
  for (let year = first; year <= current; year++) {
    if (held.has(year)) continue;
    if (year < current) gaps.push({ year, ended: true, daysLeft: 0 });
    else {
      const daysLeft = daysBetween(today, `${year}-12-31`) + 1;
      if (daysLeft < warnDays) gaps.push({ year, ended: false, daysLeft });
    }
  }
  return gaps;
}
