// The write procedure every write command shares, under the record folder's lock: read and check the folder,
// compute the change, check the folder as it would be after it, refuse a change that adds errors (exit 1) or
// would land where a record may not be written (exit 2), then write atomically. Numbers a change allocates
// (minutes numbers) are read and written under the same lock, so that two writers never take the same one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Lang, Message } from '../core/diagnostic.js';
import { chooseLang } from '../core/lang.js';
import { say } from '../core/messages.js';
import { writeMessages } from '../i18n/write.js';
import { VALIDATE_LOAD, todayFor, typeRecords, validateFolder } from '../check/check-folder.js';
import { loadFolder } from '../load/load-folder.js';
import type { Records } from '../model/records.js';
import { writeFileAtomic } from './atomic-write.js';
import type { Change } from './change.js';
import { checkAfterChange } from './check-change.js';
import { YamlEditError } from './edit-yaml.js';
import { FolderBusy, withFolderLock } from './folder-lock.js';
import { targetRefusal } from './safe-target.js';
import { listNames } from '../i18n/vocabulary.js';
import { removeStaleTemporaryFiles } from './stale-temp.js';
import { WriteRefused } from './write-refused.js';

export interface WriteRequest {
  root: string;
  asOf?: string;
  now: Date;
  /** --lang, when given. */
  lang?: string;
  dryRun?: boolean;
  /** Compute the change from the records and today (the body's today, or --as-of). */
  plan: (records: Records, today: string) => Change | Change[];
  /** How long to wait for another writer (tests shorten it). */
  waitMs?: number;
  /** With --dry-run: what to print instead of the files' text (a list of what would be written). */
  preview?: (changes: readonly Change[], lang: Lang) => string;
  /** Sentences for stderr once the change is planned (e.g. a warning about the holiday data). */
  notes?: () => Message[];
}

/** What the CLI prints, in order: sentences and lists of findings on stderr, the dry-run text on stdout. */
export type WriteReport = { say: Message } | { findings: Diagnostic[]; fileCount: number };

export interface WriteOutcome {
  exitCode: 0 | 1 | 2;
  lang: Lang;
  /** A mistake in how the command was called: the CLI reports it as a usage error. */
  usage?: Message;
  /** The text a dry run shows. */
  dryRun?: string;
  stderr: WriteReport[];
  /** Absolute paths of the files written, in order. */
  written: string[];
}

function startsWithBom(path: string): boolean {
  try {
    return readFileSync(path)
      .subarray(0, 3)
      .equals(Buffer.from([0xef, 0xbb, 0xbf]));
  } catch {
    return false;
  }
}

/** Plan the change; a refusal or a file the editor cannot read is an outcome, anything else a bug. */
function planChanges(request: WriteRequest, records: Records, today: string, outcome: WriteOutcome): Change[] | undefined {
  try {
    const planned = request.plan(records, today);
    return Array.isArray(planned) ? planned : [planned];
  } catch (e) {
    if (e instanceof WriteRefused) {
      if (e.usage) outcome.usage = e.text;
      else outcome.stderr.push({ say: say(writeMessages, 'refused', { reason: e.text[outcome.lang] }) });
    } else if (e instanceof YamlEditError) {
      outcome.stderr.push({ say: say(writeMessages, 'notYaml', { reason: e.message }) });
    } else throw e;
    outcome.exitCode = e instanceof WriteRefused && e.usage ? 2 : 1;
    return undefined;
  }
}

function writeUnderLock(request: WriteRequest, outcome: WriteOutcome): void {
  removeStaleTemporaryFiles(request.root);
  // Only the texts the checks look into stay in memory; a change reads its record's file again, under the lock.
  const loaded = loadFolder(request.root, VALIDATE_LOAD);
  // The change is planned on the typed records; the folder's findings before it are computed only if needed.
  const { records } = typeRecords(loaded);
  const today = todayFor(records, request.asOf, request.now);
  outcome.lang = chooseLang(request.lang, records.body?.data.locale);
  const changes = planChanges(request, records, today, outcome);
  if (!changes) return;
  // A record read again for the change no longer matches what was checked: another program wrote it meanwhile.
  const changed = loaded.records.find((r) => r.file.changedSinceRead);
  if (changed) {
    outcome.stderr.push({ say: say(writeMessages, 'changedWhileReading', { path: changed.file.path }) });
    outcome.exitCode = 2;
    return;
  }
  for (const note of request.notes?.() ?? []) outcome.stderr.push({ say: note });
  const before = { root: request.root, findings: () => validateFolder(loaded, { asOf: today }).diagnostics };
  const check = checkAfterChange(before, changes, today, loaded);
  if (request.dryRun && request.preview) outcome.dryRun = request.preview(changes, outcome.lang);
  else if (request.dryRun)
    outcome.dryRun = changes.length === 1 ? changes[0]!.text : changes.map((c) => `==> ${c.path} <==\n${c.text}`).join('\n');
  const paths = listNames(changes.map((c) => ({ zh: c.path, en: c.path })))[outcome.lang];
  if (check.addedErrors.length > 0) {
    outcome.stderr.push({ say: say(writeMessages, 'addsErrors', { n: check.addedErrors.length, paths, files: changes.length }) });
    outcome.stderr.push({ findings: check.addedErrors, fileCount: check.fileCount });
    outcome.exitCode = 1;
    return;
  }
  if (check.addedWarnings.length > 0) outcome.stderr.push({ findings: check.addedWarnings, fileCount: check.fileCount });
  if (check.existingErrors > 0) outcome.stderr.push({ say: say(writeMessages, 'existingErrors', { n: check.existingErrors }) });
  if (request.dryRun) return;
  for (const change of changes) {
    const refusal = targetRefusal(request.root, change.path);
    if (refusal) {
      outcome.stderr.push({ say: refusal });
      outcome.exitCode = 2;
      return;
    }
  }
  for (const change of changes) {
    const target = join(request.root, ...change.path.split('/'));
    try {
      // The loaded text has no BOM; a file that had one (Windows Notepad) keeps it.
      writeFileAtomic(target, !change.created && startsWithBom(target) ? `\uFEFF${change.text}` : change.text);
    } catch (e) {
      // The file system refused (read-only folder, a file open in another program): the file is as it was.
      if (!(e instanceof Error && 'code' in e)) throw e;
      outcome.stderr.push({ say: say(writeMessages, 'cannotWrite', { path: change.path, reason: e.message }) });
      outcome.exitCode = 2;
      return;
    }
    outcome.written.push(target);
  }
}

/** Run one write. Exit 0 written (or printed), 1 refused, 2 usage mistake, a busy folder or a file that cannot be written. */
export function writeRecords(request: WriteRequest): WriteOutcome {
  const outcome: WriteOutcome = { exitCode: 0, lang: chooseLang(request.lang, undefined), stderr: [], written: [] };
  try {
    withFolderLock(request.root, () => writeUnderLock(request, outcome), request.waitMs);
  } catch (e) {
    if (e instanceof FolderBusy) {
      const seconds = Math.round((request.waitMs ?? 5_000) / 1000);
      outcome.stderr.push({ say: say(writeMessages, 'busy', { pid: e.pid ?? '?', host: e.host ?? '?', seconds }) });
      outcome.exitCode = 2;
    } else if (e instanceof Error && 'code' in e && outcome.written.length === 0) {
      // The lock file could not be created: a read-only folder. Nothing was written.
      outcome.stderr.push({ say: say(writeMessages, 'cannotWrite', { path: '.', reason: e.message }) });
      outcome.exitCode = 2;
    } else throw e;
  }
  return outcome;
}
