// The options of yishi render that choose what a document covers and how it is written: the brief's period
// (--quarter, --month, --from/--to) and number, and the format (--format, else the extension of -o).
import { say } from '../core/messages.js';
import { defineMessages } from '../core/messages.js';
import { monthPeriod, quarterPeriod, rangePeriod, type Period } from '../render/period.js';
import { UsageError, parseDate } from './context.js';

export const RENDER_USAGE = defineMessages({
  badQuarter: {
    zh: '--quarter 的值“{value}”不是季度,应写成 2025Q3 这样的形式。',
    en: '--quarter "{value}" is not a quarter; write it like 2025Q3.',
  },
  badMonth: {
    zh: '--month 的值“{value}”不是月份,应写成 2025-09 这样的形式。',
    en: '--month "{value}" is not a month; write it like 2025-09.',
  },
  badNumber: {
    zh: '--number 的值“{value}”不是期号,应写一个正整数,例如 --number 3。',
    en: '--number "{value}" is not an issue number; write a whole number from 1, e.g. --number 3.',
  },
  onePeriod: {
    zh: '简报要写明一个时段:--quarter 2025Q3、--month 2025-09,或 --from 2025-07-01 --to 2025-09-30(三者选一)。',
    en: 'A brief covers one period: give --quarter 2025Q3, --month 2025-09, or --from 2025-07-01 --to 2025-09-30 (one of the three).',
  },
  fromAfterTo: { zh: '--from {from} 晚于 --to {to}。', en: '--from {from} is after --to {to}.' },
  numberForRange: {
    zh: '用 --from/--to 指定时段时,请用 --number 写明期号。',
    en: 'With --from/--to, give the issue number with --number.',
  },
  periodOnlyForBrief: { zh: '{option} 只用于 yishi render brief。', en: '{option} is for yishi render brief only.' },
  docxNeedsFile: {
    zh: '.docx 是二进制文件,不能输出到终端;请用 -o 指定文件,例如 -o 纪要.docx。',
    en: 'A .docx is a binary file and cannot go to the terminal; name a file with -o, e.g. -o minutes.docx.',
  },
});

function usage(m: { zh: string; en: string }): UsageError {
  return new UsageError(m);
}

export interface PeriodOptions {
  quarter?: string;
  month?: string;
  from?: string;
  to?: string;
  number?: string;
}

/** The period and issue number of a brief. */
export function parseBriefPeriod(opts: PeriodOptions): { period: Period; number: number } {
  const given = [opts.quarter, opts.month, opts.from ?? opts.to].filter((v) => v !== undefined).length;
  if (given !== 1 || (opts.from === undefined) !== (opts.to === undefined)) throw usage(say(RENDER_USAGE, 'onePeriod'));
  let period: Period;
  if (opts.quarter !== undefined) {
    const m = /^(\d{4})Q([1-4])$/i.exec(opts.quarter.trim());
    if (!m) throw usage(say(RENDER_USAGE, 'badQuarter', { value: opts.quarter }));
    period = quarterPeriod(Number(m[1]), Number(m[2]));
  } else if (opts.month !== undefined) {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(opts.month.trim());
    if (!m) throw usage(say(RENDER_USAGE, 'badMonth', { value: opts.month }));
    period = monthPeriod(Number(m[1]), Number(m[2]));
  } else {
    const from = parseDate(opts.from, '--from')!;
    const to = parseDate(opts.to, '--to')!;
    if (from > to) throw usage(say(RENDER_USAGE, 'fromAfterTo', { from, to }));
    period = rangePeriod(from, to);
  }
  if (opts.number !== undefined) {
    if (!/^[1-9]\d{0,4}$/.test(opts.number.trim())) throw usage(say(RENDER_USAGE, 'badNumber', { value: opts.number }));
    return { period, number: Number(opts.number.trim()) };
  }
  if (period.index === undefined) throw usage(say(RENDER_USAGE, 'numberForRange'));
  return { period, number: period.index };
}

/** Period options given to a document other than the brief are a mistake. */
export function refusePeriodOptions(opts: PeriodOptions): void {
  const names: Array<keyof PeriodOptions> = ['quarter', 'month', 'from', 'to', 'number'];
  for (const key of names) if (opts[key] !== undefined) throw usage(say(RENDER_USAGE, 'periodOnlyForBrief', { option: `--${key}` }));
}

/** --format, else docx when -o ends in .docx, else Markdown; a .docx needs a file. */
export function outputFormat(format: string | undefined, output: string | undefined): 'md' | 'docx' {
  const chosen = format === 'docx' || format === 'md' ? format : output !== undefined && /\.docx$/i.test(output) ? 'docx' : 'md';
  if (chosen === 'docx' && output === undefined) throw usage(say(RENDER_USAGE, 'docxNeedsFile'));
  return chosen;
}
