// What every command that writes a record shares: read and check the folder, compute the change, check the
// folder as it would be after it, refuse a change that adds errors (exit 1, with the findings), then write
// atomically and print the path, or with --dry-run print the text instead.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lang } from '../core/diagnostic.js';
import type { Records } from '../model/records.js';
import type { Change } from '../write/change.js';
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

/**
 * Run one write: `plan` computes the change from the records and today (the body's today, or --as-of).
 * Exit 0 written (or printed), 1 refused, 2 usage mistake or a file that cannot be written.
 */
export interface WriteHooks {
  /** With --dry-run: what to print instead of the files' text (a list of what would be written). */
  preview?: (changes: readonly Change[], lang: Lang) => string;
  /** Lines for stderr once the change is planned (e.g. a warning about the holiday data). */
  notes?: (lang: Lang) => string[];
}

export async function writeChange(
  opts: WriteOptions,
  plan: (records: Records, today: string) => Change | Change[],
  hooks: WriteHooks = {},
): Promise<void> {
  const asOf = parseDate(opts.asOf, '--as-of');
  const root = resolveRoot(opts);
  const [{ loadFolder }, { validateFolder }, { checkChange }, { WriteRefused }, { YamlEditError }, { chooseLang }] = await Promise.all([
    import('../load/load-folder.js'),
    import('../check/check-folder.js'),
    import('../write/check-change.js'),
    import('../write/write-refused.js'),
    import('../write/edit-yaml.js'),
    import('../core/lang.js'),
  ]);
  const loaded = loadFolder(root);
  const current = validateFolder(loaded, { asOf, now: now() });
  const lang: Lang = chooseLang(opts.lang, current.records.body?.data.locale);
  const say = (zh: string, en: string): void => void process.stderr.write(`yishi: ${lang === 'zh' ? zh : en}\n`);

  let changes: Change[];
  try {
    const planned = plan(current.records, current.today);
    changes = Array.isArray(planned) ? planned : [planned];
  } catch (e) {
    if (e instanceof WriteRefused) {
      if (e.usage) throw new UsageError(e.text.zh, e.text.en);
      say(`未写入:${e.text.zh}`, `Nothing written: ${e.text.en}`);
      process.exitCode = 1;
      return;
    }
    if (e instanceof YamlEditError) {
      say(`未写入:文件不是有效的 YAML(${e.message}),请先运行 yishi validate 并改正。`, `Nothing written: the file is not valid YAML (${e.message}); run yishi validate and fix it first.`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }

  for (const note of hooks.notes?.(lang) ?? []) process.stderr.write(`yishi: ${note}\n`);
  const check = checkChange(current, changes, current.today, loaded);
  const { formatText } = await import('../report/format-text.js');
  const chalk = await chalkFor(opts, process.stderr);
  if (opts.dryRun && hooks.preview) process.stdout.write(hooks.preview(changes, lang));
  else if (opts.dryRun)
    process.stdout.write(changes.length === 1 ? changes[0]!.text : changes.map((c) => `==> ${c.path} <==\n${c.text}`).join('\n'));
  const paths = changes.map((c) => c.path).join(lang === 'zh' ? '、' : ', ');
  if (check.addedErrors.length > 0) {
    const n = check.addedErrors.length;
    say(
      `未写入:这项改动会给记录带来 ${n} 个错误(见下),${paths} 保持原样。`,
      `Nothing written: this change would add ${n} error${n === 1 ? '' : 's'} to the records (below); ${paths} ${changes.length === 1 ? 'is' : 'are'} left as ${changes.length === 1 ? 'it was' : 'they were'}.`,
    );
    process.stderr.write(formatText(check.addedErrors, check.fileCount, lang, chalk));
    process.exitCode = 1;
    return;
  }
  if (check.addedWarnings.length > 0) process.stderr.write(formatText(check.addedWarnings, check.fileCount, lang, chalk));
  if (check.existingErrors > 0)
    say(
      `注意:记录文件夹中已有 ${check.existingErrors} 个与本次改动无关的错误,不影响本次写入;运行 yishi validate 查看。`,
      `Note: the record folder already has ${check.existingErrors} error${check.existingErrors === 1 ? '' : 's'} unrelated to this change, which do not block it; run yishi validate to see them.`,
    );
  if (opts.dryRun) return;
  const { writeFileAtomic } = await import('../write/atomic-write.js');
  for (const change of changes) {
    const target = join(root, ...change.path.split('/'));
    // The loaded text has no BOM; a file that had one (Windows Notepad) keeps it.
    try {
      writeFileAtomic(target, !change.created && startsWithBom(target) ? `\uFEFF${change.text}` : change.text);
    } catch (e) {
      // The file system refused (read-only folder, a file open in another program, a file where a folder
      // belongs): not a bug in yishi. The file is as it was; files printed above were written.
      if (!(e instanceof Error && 'code' in e)) throw e;
      say(
        `无法写入 ${change.path}（${e.message}）。请检查文件夹是否可写、文件是否被其他程序打开。`,
        `Could not write ${change.path} (${e.message}). Check that the folder can be written to and the file is not open in another program.`,
      );
      process.exitCode = 2;
      return;
    }
    const shown = relative(process.cwd(), target);
    process.stdout.write(`${shown && !shown.startsWith('..') ? shown : target}\n`);
  }
}

function startsWithBom(path: string): boolean {
  try {
    return readFileSync(path).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  } catch {
    return false;
  }
}
