// What must hold for any record folder, however damaged: the core answers (no exception) in bounded time,
// validate's JSON has the documented shape, every finding's line:column exists in its file, the same input
// gives byte-identical output; the built binary exits 0, 1 or 2, never with an internal error or a stack trace.
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadFolder, type LoadedFolder } from '../../src/load/load-folder.js';
import { isInside } from '../../src/load/read-file.js';
import { VALIDATE_LOAD, validateFolder } from '../../src/check/check-folder.js';
import { formatJson } from '../../src/report/format-json.js';
import { supervisionItems } from '../../src/model/supervision.js';
import { listTasks } from '../../src/model/task-list.js';
import { renderRoster } from '../../src/render/render-roster.js';
import { renderMinutes } from '../../src/render/render-minutes.js';
import { runYishi } from '../helpers/cli.js';

export const AS_OF = '2026-11-28';
/** A read of the damaged example must answer within this (the machine may be loaded). */
export const BOUND_MS = 15_000;

interface JsonOutput {
  diagnostics: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>;
  summary: { files: number; errors: number; warnings: number };
}

/** Problems with the shape of validate's JSON. */
export function shapeProblems(text: string): string[] {
  let out: JsonOutput;
  try {
    out = JSON.parse(text) as JsonOutput;
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  if (!Array.isArray(out.diagnostics)) problems.push('no diagnostics array');
  for (const d of out.diagnostics ?? []) {
    const ok =
      typeof d.file === 'string' &&
      Number.isInteger(d.line) &&
      d.line >= 1 &&
      Number.isInteger(d.column) &&
      d.column >= 1 &&
      (d.severity === 'error' || d.severity === 'warning' || d.severity === 'note') &&
      typeof d.rule === 'string' &&
      typeof d.message === 'string' &&
      d.message !== '';
    if (!ok) problems.push(`bad diagnostic ${JSON.stringify(d).slice(0, 200)}`);
  }
  const s = out.summary;
  if (!s || !Number.isInteger(s.files) || !Number.isInteger(s.errors) || !Number.isInteger(s.warnings)) problems.push('bad summary');
  return problems;
}

/** Problems with where the findings point: every file exists, and its line:column is in it. */
export function positionProblems(dir: string, text: string): string[] {
  const out = JSON.parse(text) as JsonOutput;
  const problems: string[] = [];
  for (const d of out.diagnostics) {
    const abs = join(dir, ...d.file.split('/'));
    let st;
    try {
      st = lstatSync(abs);
      // A link to a record inside the folder is read through: the finding points into the linked file.
      if (st.isSymbolicLink() && isInside(realpathSync(dir), realpathSync(abs))) st = statSync(abs);
    } catch {
      if (d.file !== '.' && !st?.isSymbolicLink()) problems.push(`${d.file}: no such file`);
      continue;
    }
    if (!st.isFile()) {
      if (d.line !== 1 || d.column !== 1) problems.push(`${d.file}:${d.line}:${d.column}: not a file, yet not 1:1`);
      continue;
    }
    let lines: string[];
    try {
      lines = readFileSync(abs, 'utf8').split('\n');
    } catch {
      continue; // unreadable (as the ordinary user, not as root)
    }
    const line = lines[d.line - 1];
    if (line === undefined) problems.push(`${d.file}:${d.line}:${d.column}: the file has ${lines.length} lines`);
    else if (d.column > line.length + 1) {
      problems.push(`${d.file}:${d.line}:${d.column}: line ${d.line} has ${line.length} characters (${d.rule})`);
    }
  }
  return problems;
}

/**
 * An earlier load of the pristine example without what the mutations touched: the untouched files are taken
 * from it instead of being parsed again (as a write's second check does), the touched ones are read afresh.
 */
export function reuseUntouched(pristine: LoadedFolder, touched: readonly string[]): LoadedFolder {
  const hit = (path: string): boolean => touched.some((t) => path === t || path.startsWith(t.endsWith('/') ? t : `${t}/`));
  return {
    ...pristine,
    records: pristine.records.filter((r) => !hit(r.file.path)),
    diagnostics: pristine.diagnostics.filter((d) => !hit(d.file)),
  };
}

/** Validate and the read commands in-process, as the CLI calls them: problems found, or none. */
export function checkInProcess(dir: string, reuse?: LoadedFolder, twice = true): string[] {
  const run = (): string => {
    const result = validateFolder(loadFolder(dir, { reuse }), { asOf: AS_OF });
    const json = formatJson(result.diagnostics, result.fileCount, 'en');
    const records = result.records;
    const listed = [supervisionItems(records, AS_OF).length, listTasks(records, AS_OF).length];
    const meeting = [...records.meetings.keys()][0];
    const rendered = [renderRoster(records, { lang: 'zh', asOf: AS_OF }), meeting ? renderMinutes(records, meeting, { lang: 'en' }) : ''];
    return `${json}\n${listed.join(',')}\n${rendered.join('\n')}`;
  };
  const started = Date.now();
  let first: string;
  let second: string;
  try {
    first = run();
    second = twice ? run() : first;
  } catch (e) {
    return [`threw: ${(e as Error).stack ?? String(e)}`];
  }
  const problems: string[] = [];
  if (Date.now() - started > 2 * BOUND_MS) problems.push(`took ${Date.now() - started} ms`);
  if (first !== second) problems.push('the same input gave different output');
  const json = first.slice(0, first.indexOf('\n}\n') + 3);
  if (twice) {
    // As `yishi validate` loads: most texts are not kept, and are read again for a position.
    const lean = validateFolder(loadFolder(dir, VALIDATE_LOAD), { asOf: AS_OF });
    if (formatJson(lean.diagnostics, lean.fileCount, 'en') !== json) problems.push('validate with texts read again gave other findings');
  }
  problems.push(...shapeProblems(json));
  if (problems.length === 0) problems.push(...positionProblems(dir, json));
  return problems;
}

const STACK = /\n\s+at .+:\d+:\d+|内部错误|internal error/;

/** The built binary's read commands (as an ordinary user when the tests run as root): problems found. */
export function checkBinary(dir: string): string[] {
  const problems: string[] = [];
  const commands: string[][] = [
    ['validate', '--format', 'json'],
    ['overdue', '--format', 'json'],
    ['tasks', '--format', 'json'],
  ];
  let firstJson: string | undefined;
  for (const args of commands) {
    const r = runYishi([...args, '-C', dir, '--as-of', AS_OF, '--lang', 'en'], { ordinaryUser: true, timeout: BOUND_MS * 2 });
    const what = args.join(' ');
    if (r.status === null) problems.push(`${what}: did not finish in time`);
    else if (![0, 1, 2].includes(r.status)) problems.push(`${what}: exit ${r.status}`);
    if (STACK.test(r.stderr)) problems.push(`${what}: ${r.stderr.slice(0, 500)}`);
    if (args[0] === 'validate' && r.status !== 2) {
      problems.push(...shapeProblems(r.stdout));
      firstJson = r.stdout;
    }
  }
  if (firstJson !== undefined) {
    const args = ['validate', '--format', 'json', '-C', dir, '--as-of', AS_OF, '--lang', 'en'];
    const again = runYishi(args, { ordinaryUser: true, timeout: BOUND_MS * 2 });
    if (again.stdout !== firstJson) problems.push('validate: the same input gave different output');
  }
  return problems;
}
