// Time zones whose offset from UTC has not changed for decades, so that the date in them is known without Intl:
// making the first Intl.DateTimeFormat of a named zone loads ICU's time-zone data, some 30 ms at the start of every
// command that asks what day it is. The table is the tz database's (and so ICU's): China has kept UTC+8 with no
// daylight saving since its last summer time ended in September 1991; Hong Kong, Macau and Taipei since 1979;
// Urumqi's local zone UTC+6 since 1980. Before `since` a zone is left to Intl. tests/model/fixed-offset-zones.test.ts
// compares every entry with Intl from `since` to 2100.

interface FixedOffset {
  /** Minutes east of UTC. */
  minutes: number;
  /** The first instant (ms since the epoch) from which the offset holds. */
  since: number;
}

const FIXED: ReadonlyMap<string, FixedOffset> = new Map([
  ['Asia/Shanghai', { minutes: 8 * 60, since: Date.UTC(1992, 0, 1) }],
  ['Asia/Hong_Kong', { minutes: 8 * 60, since: Date.UTC(1980, 0, 1) }],
  ['Asia/Macau', { minutes: 8 * 60, since: Date.UTC(1980, 0, 1) }],
  ['Asia/Taipei', { minutes: 8 * 60, since: Date.UTC(1980, 0, 1) }],
  ['Asia/Urumqi', { minutes: 6 * 60, since: Date.UTC(1981, 0, 1) }],
  ['UTC', { minutes: 0, since: Number.NEGATIVE_INFINITY }],
  ['Etc/UTC', { minutes: 0, since: Number.NEGATIVE_INFINITY }],
]);

/** Whether the table knows the zone (a valid zone name, without asking Intl). */
export function isFixedOffsetZone(timeZone: string): boolean {
  return FIXED.has(timeZone);
}

/** The zone's offset in minutes east of UTC at `instant`, when the table knows it; else undefined (ask Intl). */
export function fixedOffsetAt(timeZone: string, instant: Date): number | undefined {
  const zone = FIXED.get(timeZone);
  return zone !== undefined && instant.getTime() >= zone.since ? zone.minutes : undefined;
}
