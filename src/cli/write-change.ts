// What every command that writes a record shares: its options, and printing the outcome of the one write
// procedure (src/write/write-records.ts), which does the work under the record folder's lock.
import type { Command } from 'commander';
import { relative } from 'node:path';
import type { Records } from '../model/records.js';
import type { Change } from '../write/change.js';
import type { WriteRequest } from '../write/write-records.js';
import { UsageError, addAsOfOption, addDirOption, addLangOption, now, parseDate, resolveRoot, type CommonOptions } from './context.js';
import { chalkFor, NO_COLOR_OPTION } from './color.js';

export interface WriteOptions extends CommonOptions {
  dryRun?: boolean;
  color?: boolean;
}

export function addWriteOptions(cmd: Command): Command {
  cmd.option('-n, --dry-run', 'print the resulting file instead of writing it / 只显示结果,不写入').option(...NO_COLOR_OPTION);
  addDirOption(cmd);
  addLangOption(cmd);
  addAsOfOption(cmd);
  return cmd;
}

/** A date option that defaults to today. */
export function dateOr(value: string | undefined, option: string, today: string): string {
  return parseDate(value, option) ?? today;
}

/** A command's additions to the write procedure: its dry-run preview, and notes once the change is planned. */
export type WriteHooks = Pick<WriteRequest, 'preview' | 'notes'>;

/**
 * Run one write: `plan` computes the change from the records and today (the body's today, or --as-of).
 * Exit 0 written (or printed), 1 refused, 2 usage mistake, a busy folder or a file that cannot be written.
 */
export async function writeChange(
  opts: WriteOptions,
  plan: (records: Records, today: string) => Change | Change[],
  hooks: WriteHooks = {},
): Promise<void> {
  const asOf = parseDate(opts.asOf, '--as-of');
  const root = resolveRoot(opts);
  const [{ writeRecords }, { formatText }] = await Promise.all([import('../write/write-records.js'), import('../report/format-text.js')]);
  const outcome = writeRecords({ root, asOf, now: now(), lang: opts.lang, dryRun: opts.dryRun, plan, ...hooks });
  if (outcome.usage) throw new UsageError(outcome.usage);
  const chalk = await chalkFor(opts, process.stderr);
  if (outcome.dryRun !== undefined) process.stdout.write(outcome.dryRun);
  for (const report of outcome.stderr) {
    if ('say' in report) process.stderr.write(`yishi: ${report.say[outcome.lang]}\n`);
    else process.stderr.write(formatText(report.findings, report.fileCount, outcome.lang, chalk));
  }
  for (const target of outcome.written) {
    const shown = relative(process.cwd(), target);
    process.stdout.write(`${shown && !shown.startsWith('..') ? shown : target}\n`);
  }
  process.exitCode = outcome.exitCode;
}
