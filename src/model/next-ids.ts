// The ids and numbers a clerk would otherwise have to work out: the id of a new meeting, the next `no` of a
// meeting's resolutions, the next minutes number (docs/records.md, "Layout").
import { yearOf } from './dates.js';
import { resolutionsOf, type Records } from './records.js';
import type { MeetingKind } from './types.js';

/** `base` if no id in `taken` has it, else `base-2`, `base-3`, … */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `2024-03-15-plenary`, or `2024-03-15-plenary-2` for a second one that day. */
export function meetingIdFor(records: Records, date: string, kind: MeetingKind): string {
  return freeId(`${date}-${kind}`, records.ids.meeting);
}

/** The next `no` of a meeting's resolutions: one more than the highest so far (1 for the first). */
export function nextResolutionNo(records: Records, meetingId: string): number {
  let no = Math.max(0, ...resolutionsOf(records, meetingId).map((r) => r.data.no)) + 1;
  while (records.ids.resolution.has(`${meetingId}-${no}`)) no++;
  return no;
}

/**
 * The number of minutes issued on `issued` from the body's template: {year} is the year of issue and {n}
 * one more than the minutes already issued that year (every year when the template has no {year}), skipping
 * a number some minutes already carry. Undefined when the body has no template.
 */
export function nextMinutesNumber(records: Records, issued: string): string | undefined {
  const template = records.body?.data.minutes_number;
  if (!template) return undefined;
  const year = yearOf(issued);
  const perYear = template.includes('{year}');
  let n = 1;
  for (const m of records.meetings.values())
    if (m.data.minutes?.status === 'issued' && (!perYear || yearOf(m.data.minutes.issued ?? m.data.date) === year)) n++;
  const taken = new Set([...records.meetings.values()].map((m) => m.data.minutes?.number));
  const numbered = (k: number): string => template.replace(/\{year\}/g, String(year)).replace(/\{n\}/g, String(k));
  while (taken.has(numbered(n)) && template.includes('{n}')) n++;
  return numbered(n);
}
