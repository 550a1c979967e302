// The table of fixed-offset zones against Intl (ICU's time-zone data): the same date in every zone it knows, hour by
// hour around each local midnight from the entry's first instant to 2100, and today's date without Intl.
import { describe, expect, test } from 'vitest';
import { fixedOffsetAt, isFixedOffsetZone } from '../../src/model/fixed-offset-zones.js';
import { isTimeZone, todayIn } from '../../src/model/today.js';

const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Urumqi', 'UTC', 'Etc/UTC'];

/** Intl's formatters, one of each per zone: making one is what takes the time. */
const formatters = new Map<string, { date: Intl.DateTimeFormat; offset: Intl.DateTimeFormat }>();
function formattersOf(zone: string): { date: Intl.DateTimeFormat; offset: Intl.DateTimeFormat } {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = {
      date: new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      offset: new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }),
    };
    formatters.set(zone, f);
  }
  return f;
}

/** The date in `zone` at `instant`, as Intl gives it. */
function intlDate(zone: string, instant: Date): string {
  const parts = formattersOf(zone).date.formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The offset of `zone` at `instant` in minutes east of UTC, as Intl gives it. */
function intlOffsetMinutes(zone: string, instant: Date): number {
  const name = formattersOf(zone)
    .offset.formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
  return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The start of the first year from 1900 from which the table knows the zone. */
function firstKnown(zone: string): number {
  let year = 1900;
  while (fixedOffsetAt(zone, new Date(Date.UTC(year, 0, 1))) === undefined) year++;
  return Date.UTC(year, 0, 1);
}

describe('fixed-offset zones', () => {
  test.each(ZONES)("%s: the offset is Intl's every 97 hours from its first instant to 2100", (zone) => {
    const first = firstKnown(zone);
    let checked = 0;
    for (let t = first; t < Date.UTC(2100, 0, 1); t += 97 * 3600_000) {
      const instant = new Date(t);
      expect(fixedOffsetAt(zone, instant), instant.toISOString()).toBe(intlOffsetMinutes(zone, instant));
      checked++;
    }
    expect(checked).toBeGreaterThan(8000);
  });

  test.each(ZONES)("%s: todayIn is Intl's date a second either side of local midnight", (zone) => {
    const minutes = fixedOffsetAt(zone, new Date(Date.UTC(2026, 0, 1)))!;
    for (let day = Date.UTC(1992, 0, 1); day < Date.UTC(2100, 0, 1); day += 37 * 86_400_000) {
      const midnight = day - minutes * 60_000;
      for (const instant of [new Date(midnight - 1000), new Date(midnight), new Date(midnight + 1000)]) {
        expect(todayIn(zone, instant), instant.toISOString()).toBe(intlDate(zone, instant));
      }
    }
  });

  test('a second before and at midnight in Shanghai', () => {
    expect(todayIn('Asia/Shanghai', new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(todayIn('Asia/Shanghai', new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
  });

  test("before its first instant, or in a zone not in the table, the date is Intl's", () => {
    // Shanghai kept summer time until September 1991: 1991-07-01 00:30 local is 1991-06-30 15:30 UTC (UTC+9).
    const summer = new Date('1991-06-30T15:30:00Z');
    expect(fixedOffsetAt('Asia/Shanghai', summer)).toBeUndefined();
    expect(todayIn('Asia/Shanghai', summer)).toBe('1991-07-01');
    expect(fixedOffsetAt('Europe/Berlin', new Date('2026-07-01T00:00:00Z'))).toBeUndefined();
    expect(todayIn('Europe/Berlin', new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIn('Europe/Berlin', new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });

  test('a year of five digits is left to Intl, and an unknown zone is Shanghai', () => {
    const far = new Date('+010000-01-01T00:00:00Z');
    expect(todayIn('UTC', far)).toBe(intlDate('UTC', far));
    expect(todayIn('Mars/Olympus', new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
  });

  test("the table's zones are valid without Intl; others are asked", () => {
    for (const zone of ZONES) expect([zone, isFixedOffsetZone(zone), isTimeZone(zone)]).toEqual([zone, true, true]);
    expect(isFixedOffsetZone('Europe/Berlin')).toBe(false);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
