// Working days (RECORDS.md "Working days"): not a weekend or an official holiday, or a weekend day the State
// Council's schedule makes a working day (调休). "N days from a date" end on the N-th day after it: the day it
// starts does not count (期间开始之日不计入). In a year the schedule does not cover, only weekends are days off;
// `yearsNotCovered` names such years so that the caller can warn.
import { addDays, daysBetween, yearOf } from './dates.js';
import { officialSchedule, type HolidaySchedule } from './holiday-schedule.js';

/** How a period of days is counted: calendar days, or working days. */
export type DayCount = 'calendar' | 'working';

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(date: string, schedule: HolidaySchedule = officialSchedule()): boolean {
  if (schedule.workdays.has(date)) return true;
  if (schedule.holidays.has(date)) return false;
  const day = weekdayOf(date);
  return day !== 0 && day !== 6;
}

/** The n-th working day after `date` (n ≥ 0; 0: `date` itself). */
export function addWorkingDays(date: string, n: number, schedule: HolidaySchedule = officialSchedule()): string {
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, schedule)) left--;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to` (the first day does not count): from Monday 2025-09-29 to
 * 2025-10-13 is 5. Negative, counted the same way, when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string, schedule: HolidaySchedule = officialSchedule()): number {
  if (to < from) return -workingDaysBetween(to, from, schedule);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, schedule)) count++;
  return count;
}

/** `n` days after `date`, counted as `count` says. */
export function addCountedDays(date: string, n: number, count: DayCount, schedule?: HolidaySchedule): string {
  return count === 'working' ? addWorkingDays(date, n, schedule) : addDays(date, n);
}

/** Days from `from` to `to`, counted as `count` says (calendar: daysBetween). */
export function countedDaysBetween(from: string, to: string, count: DayCount, schedule?: HolidaySchedule): number {
  return count === 'working' ? workingDaysBetween(from, to, schedule) : daysBetween(from, to);
}

/** Years from `from` to `to` (inclusive, either order) that the schedule does not cover. */
export function yearsNotCovered(from: string, to: string, schedule: HolidaySchedule = officialSchedule()): number[] {
  const [a, b] = from <= to ? [yearOf(from), yearOf(to)] : [yearOf(to), yearOf(from)];
  const out: number[] = [];
  for (let y = a; y <= b; y++) if (!schedule.years.has(y)) out.push(y);
  return out;
}
