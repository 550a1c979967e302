// Calendar dates as YYYY-MM-DD strings. Such strings compare correctly as strings.
// One module per function: the date-fns barrel loads all of date-fns (about 130 ms at every start).
import { addDays as addDaysFns } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  const d = parseISO(value);
  return isValid(d) && formatDate(d) === value;
}

function formatDate(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return formatDate(addDaysFns(parseISO(date), days));
}

/** Calendar days from `from` to `to` (positive when `to` is later): daysBetween('2025-06-30', '2025-07-01') = 1. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}
