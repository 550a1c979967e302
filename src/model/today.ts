// "Today" is the date in the body's timezone, never the machine's or UTC's.

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export function isTimeZone(timeZone: string): boolean {
  // The usual answer without loading the time-zone data (about a tenth of a second at the start of a command).
  if (timeZone === DEFAULT_TIMEZONE) return true;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) at instant `now` in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIMEZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
