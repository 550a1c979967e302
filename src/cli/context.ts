// What every command shares: finding the record folder, the language, dates from options, usage errors.
import { Option, type Command } from 'commander';
import type { Lang, Message } from '../core/diagnostic.js';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BODY_FILE, findRecordFolder } from '../load/find-folder.js';
import { isIsoDate } from '../model/dates.js';
import { chooseLang } from '../core/lang.js';
import { defineMessages, say } from '../core/messages.js';
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

const folderMessages = defineMessages({
  dirMissing: {
    zh: '找不到记录文件夹:-C 指定的“{dir}”不存在。-C 应指向记录文件夹本身(含 yishi.yaml 的文件夹)。',
    en: 'No record folder: "{dir}", given with -C, does not exist. -C names the record folder itself (the folder holding yishi.yaml).',
  },
  dirIsFile: {
    zh: '找不到记录文件夹:-C 指定的“{dir}”是文件,不是文件夹。-C 应指向记录文件夹本身(含 yishi.yaml 的文件夹)。',
    en: 'No record folder: "{dir}", given with -C, is a file, not a folder. -C names the record folder itself (the folder holding yishi.yaml).',
  },
  dirWithoutBody: {
    zh: '找不到记录文件夹:-C 指定的“{dir}”中没有 yishi.yaml。-C 应指向记录文件夹本身(含 yishi.yaml 的文件夹),不会向上级查找;新建请运行 yishi init。',
    en: 'No record folder: there is no yishi.yaml in "{dir}", given with -C. -C names the record folder itself (the folder holding yishi.yaml) and never looks above it; yishi init creates one.',
  },
});

function usage(key: keyof typeof folderMessages, dir: string): UsageError {
  const m = say(folderMessages, key, { dir });
  return new UsageError(m);
}

/** With -C: that folder itself must hold yishi.yaml (no walking up, never from a file or a missing folder). */
function namedRecordFolder(dir: string): string {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw usage('dirMissing', dir);
  }
  if (!isDir) throw usage('dirIsFile', dir);
  try {
    if (statSync(join(dir, BODY_FILE)).isFile()) return resolve(dir);
  } catch {
    // no yishi.yaml
  }
  throw usage('dirWithoutBody', dir);
}

export function resolveRoot(opts: CommonOptions, cwd: string = process.cwd()): string {
  if (opts.dir !== undefined) return namedRecordFolder(opts.dir);
  const start = cwd;
  const root = findRecordFolder(start);
  if (!root) throw new UsageError(say(USAGE, 'noFolder', { start }));
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
