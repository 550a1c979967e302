// The State Council's holiday schedule (放假调休安排), from the maintained package `chinese-days`: its JSON data
// file, imported so that the bundle carries it (an offline install has no node_modules). Pinned by the lockfile;
// see the README for updating.
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export interface HolidaySchedule {
  /** Official holidays (YYYY-MM-DD), weekdays among them included. */
  holidays: ReadonlySet<string>;
  /** Weekend days made working days (调休). */
  workdays: ReadonlySet<string>;
  /** Years the schedule covers. */
  years: ReadonlySet<number>;
}

interface PackageData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let official: HolidaySchedule | undefined;

/** A schedule from lists of dates (tests; and the package's data). */
export function scheduleOf(holidays: Iterable<string>, workdays: Iterable<string>): HolidaySchedule {
  const h = new Set(holidays);
  const w = new Set(workdays);
  const years = new Set([...h, ...w].map((d) => Number(d.slice(0, 4))));
  return { holidays: h, workdays: w, years };
}

/** The schedule of the installed `chinese-days` package. */
export function officialSchedule(): HolidaySchedule {
  if (!official) {
    const data: PackageData = packageData;
    official = scheduleOf(Object.keys(data.holidays), Object.keys(data.workdays));
  }
  return official;
}
