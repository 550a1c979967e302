// The period a document covers: a quarter (2025Q3), a month (2025-09) or two dates, with the period after
// it of the same kind (the next quarter, the next month, or as many days again) and its name.
import { addDays, daysBetween } from '../model/dates.js';
import { BRIEF } from './messages.js';
import { text } from '../core/messages.js';
import { dateText, type Lang } from './wording.js';

export interface Period {
  from: string;
  to: string;
  kind: 'quarter' | 'month' | 'range';
  /** The quarter (1–4) or the month (1–12) of a quarter or a month; the number of a brief by default. */
  index?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return { from: `${year}-${pad(first)}-01`, to: lastDayOf(year, first + 2), kind: 'quarter', index: quarter };
}

export function monthPeriod(year: number, month: number): Period {
  return { from: `${year}-${pad(month)}-01`, to: lastDayOf(year, month), kind: 'month', index: month };
}

export function rangePeriod(from: string, to: string): Period {
  return { from, to, kind: 'range' };
}

/** The period after `period`: the next quarter or month, or as many days again after a range. */
export function nextPeriod(period: Period): Period {
  const year = Number(period.from.slice(0, 4));
  if (period.kind === 'quarter') return period.index === 4 ? quarterPeriod(year + 1, 1) : quarterPeriod(year, period.index! + 1);
  if (period.kind === 'month') return period.index === 12 ? monthPeriod(year + 1, 1) : monthPeriod(year, period.index! + 1);
  const days = daysBetween(period.from, period.to);
  return rangePeriod(addDays(period.to, 1), addDays(period.to, days + 1));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025年第三季度 / Q3 2025; 2025年9月 / September 2025; 2025年7月1日至2025年9月15日. */
export function periodName(period: Period, lang: Lang): string {
  const year = period.from.slice(0, 4);
  if (period.kind === 'quarter') {
    const q = lang === 'zh' ? '一二三四'.charAt(period.index! - 1) : String(period.index);
    return text(lang, BRIEF, 'quarter', { year, q });
  }
  if (period.kind === 'month')
    return text(lang, BRIEF, 'month', { year, month: lang === 'zh' ? String(period.index) : MONTHS[period.index! - 1]! });
  return text(lang, BRIEF, 'range', { from: dateText(period.from, lang), to: dateText(period.to, lang) });
}
