// The deadlines that supervision shares with the rules: the minutes-issued rule's `days` (minutes within N
// days of the meeting) and the plenary-per-year rule's `days` (warn when fewer than N days of the year remain),
// as set in yishi.yaml under `rules:`. A rule set to `off` turns its kind of supervision item off too. The
// defaults are written once, here; the two rules take theirs from these.
import type { Records } from './records.js';

export const DEFAULT_MINUTES_DAYS = 15;
export const DEFAULT_PLENARY_DAYS = 30;

export interface SupervisionSettings {
  /** undefined: the minutes-issued rule is off. */
  minutesDays?: number;
  /** How the minutes-issued rule counts its days. */
  minutesCount?: 'calendar' | 'working';
  /** undefined: the plenary-per-year rule is off. */
  plenaryDays?: number;
}

/** The rule's `days` from the body's setting of it (a whole number of 0 or more), else the default; undefined when off. */
function ruleDays(records: Records, id: string, fallback: number): number | undefined {
  const setting = records.body?.data.rules?.[id];
  if (setting === 'off') return undefined;
  if (setting !== undefined && typeof setting === 'object') {
    const s = setting;
    if (s.severity === 'off') return undefined;
    if (typeof s.days === 'number' && Number.isInteger(s.days) && s.days >= 0) return s.days;
  }
  return fallback;
}

/** The rule's `count` option (calendar or working days) from the body's setting of it. */
function ruleCount(records: Records, id: string): 'calendar' | 'working' {
  const setting = records.body?.data.rules?.[id];
  return setting !== undefined && typeof setting === 'object' && setting.count === 'working' ? 'working' : 'calendar';
}

export function supervisionSettings(records: Records): SupervisionSettings {
  return {
    minutesDays: ruleDays(records, 'minutes-issued', DEFAULT_MINUTES_DAYS),
    ...(ruleCount(records, 'minutes-issued') === 'working' ? { minutesCount: 'working' as const } : {}),
    plenaryDays: ruleDays(records, 'plenary-per-year', DEFAULT_PLENARY_DAYS),
  };
}
