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
import type { Message } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { CLI } from '../i18n/cli.js';
import { listText } from '../i18n/vocabulary.js';
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
export async function writeChange(opts: WriteOptions, plan: (records: Records, today: string) => Change | Change[]): Promise<void> {
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
  const tell = (message: Message): void => void process.stderr.write(`yishi: ${message[lang]}\n`);

  let changes: Change[];
  try {
    const planned = plan(current.records, current.today);
    changes = Array.isArray(planned) ? planned : [planned];
  } catch (e) {
    if (e instanceof WriteRefused) {
      if (e.usage) throw new UsageError(e.text);
      tell(say(CLI, 'notWritten', { why: e.text }));
      process.exitCode = 1;
      return;
    }
    if (e instanceof YamlEditError) {
      tell(say(CLI, 'notWrittenYaml', { error: e.message }));
      process.exitCode = 1;
      return;
    }
    throw e;
  }

  const check = checkChange(current, changes, current.today, loaded);
  const { formatText } = await import('../report/format-text.js');
  const chalk = await chalkFor(opts, process.stderr);
  if (opts.dryRun)
    process.stdout.write(changes.length === 1 ? changes[0]!.text : changes.map((c) => `==> ${c.path} <==\n${c.text}`).join('\n'));
  const paths = listText(changes.map((c) => c.path), lang);
  if (check.addedErrors.length > 0) {
    const n = check.addedErrors.length;
    tell(say(CLI, 'wouldAddErrors', { n, paths, files: changes.length }));
    process.stderr.write(formatText(check.addedErrors, check.fileCount, lang, chalk));
    process.exitCode = 1;
    return;
  }
  if (check.addedWarnings.length > 0) process.stderr.write(formatText(check.addedWarnings, check.fileCount, lang, chalk));
  if (check.existingErrors > 0)
    tell(say(CLI, 'existingErrors', { n: check.existingErrors }));
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
      tell(say(CLI, 'cannotWrite', { path: change.path, error: e.message }));
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
