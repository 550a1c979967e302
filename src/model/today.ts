// "Today" is the date in the body's timezone, never the machine's or UTC's.

import { fixedOffsetAt, isFixedOffsetZone } from './fixed-offset-zones.js';

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export function isTimeZone(timeZone: string): boolean {
  // The usual answers without loading the time-zone data (tens of milliseconds at the start of a command).
  if (isFixedOffsetZone(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) at instant `now` in `timeZone`; in DEFAULT_TIMEZONE when it is not a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // China's zone (and a few others) without Intl, whose time-zone data costs some 30 ms to load (fixed-offset-zones.ts).
  const offset = fixedOffsetAt(timeZone, now);
  if (offset !== undefined) {
    const local = new Date(now.getTime() + offset * 60_000);
    // Years of four digits, as Intl writes them; any other is Intl's to write.
    const year = local.getUTCFullYear();
    if (year >= 1000 && year <= 9999) return local.toISOString().slice(0, 10);
  }
  let format: Intl.DateTimeFormat;
  try {
    // The one formatter both tells whether Intl knows the zone and writes the date.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch (error) {
    if (timeZone === DEFAULT_TIMEZONE) throw error;
    return todayIn(DEFAULT_TIMEZONE, now);
  }
  const parts = format.formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
