// What every command shares: finding the record folder, the language, dates from options, usage errors.
import { Option, type Command } from 'commander';
import type { Lang, Message } from '../core/diagnostic.js';
import { findRecordFolder } from '../load/find-folder.js';
import { isIsoDate } from '../model/dates.js';
import { chooseLang } from '../core/lang.js';
import { say } from '../core/messages.js';
import { USAGE } from '../i18n/cli.js';

/** A mistake in how the command was called, or no record folder: exit code 2. */
/** A mistake in how a command was called (exit 2); the text from a catalogue (src/i18n/cli.ts). */
export class UsageError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }
}

export interface CommonOptions {
  dir?: string;
  lang?: string;
  asOf?: string;
}

export function addDirOption(cmd: Command): Command {
  return cmd.option('-C, --dir <path>', 'record folder (default: nearest folder with yishi.yaml, walking up) / 记录文件夹');
}

export function addLangOption(cmd: Command): Command {
  return cmd.addOption(new Option('--lang <lang>', 'language of messages / 输出语言').choices(['zh', 'en']));
}

export function addAsOfOption(cmd: Command): Command {
  return cmd.option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today / 以该日期为“今天”');
}

/** The language before the body is read (for usage errors): --lang, else the environment, else Chinese. */
export function earlyLang(opts: CommonOptions): Lang {
  return chooseLang(opts.lang, undefined);
}

export function resolveRoot(opts: CommonOptions, cwd: string = process.cwd()): string {
  const start = opts.dir ?? cwd;
  const root = findRecordFolder(start);
  if (!root)
    throw new UsageError(say(USAGE, 'noFolder', { start }));
  return root;
}

export function parseDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const given: string = value; // isIsoDate narrows `value` to never where it fails
  if (!isIsoDate(value)) throw new UsageError(say(USAGE, 'badDate', { option, value: given }));
  return value;
}

/** Write to stdout and set the exit code; never call process.exit so that piped output is flushed. */
export function finish(output: string, exitCode: number): void {
  if (output) process.stdout.write(output);
  process.exitCode = exitCode;
}

/**
 * The current instant. YISHI_NOW (an ISO instant such as 2025-06-30T17:00:00Z) replaces the clock, so that
 * tests can run a command "at" a given moment; "today" is still taken in the body's timezone.
 */
export function now(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.YISHI_NOW;
  if (fixed) {
    const d = new Date(fixed);
    if (!Number.isNaN(d.getTime())) return d;
    throw new UsageError(say(USAGE, 'badNow', { fixed }));
  }
  return new Date();
}
