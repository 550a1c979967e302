// The deadlines that supervision shares with the rules: the minutes-issued rule's `days` (minutes within N
// days of the meeting, default 15) and the plenary-per-year rule's `days` (warn when fewer than N days of the
// year remain, default 30). A rule set to `off` in yishi.yaml turns its kind of item off too. Works whether or
// not the rule is registered: without it, the body's setting is read directly.
import type { Records } from '../model/records.js';
import type { RuleSetting } from '../model/types.js';
import { resolveRuleConfig } from './run-rules.js';

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

function ruleDays(records: Records, id: string, fallback: number): number | undefined {
  const config = resolveRuleConfig(records).config.get(id);
  if (config) {
    if (config.level === 'off') return undefined;
    const days = config.options.days;
    return typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : fallback;
  }
  // The rule is not registered (yet): honour the body's own setting of it.
  const setting = records.body?.data.rules?.[id];
  if (setting === 'off') return undefined;
  if (setting !== undefined && typeof setting === 'object') {
    const s = setting as RuleSetting;
    if (s.severity === 'off') return undefined;
    if (typeof s.days === 'number' && Number.isInteger(s.days) && s.days >= 0) return s.days;
  }
  return fallback;
}

export function supervisionSettings(records: Records): SupervisionSettings {
  return {
    minutesDays: ruleDays(records, 'minutes-issued', DEFAULT_MINUTES_DAYS),
    ...(resolveRuleConfig(records).config.get('minutes-issued')?.options.count === 'working' ? { minutesCount: 'working' as const } : {}),
    plenaryDays: ruleDays(records, 'plenary-per-year', DEFAULT_PLENARY_DAYS),
  };
}
