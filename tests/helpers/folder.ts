// Record folders for tests: written to a temporary directory from a map of relative path -> text.
import { mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFolder } from '../../src/load/load-folder.js';
import { validateFolder } from '../../src/check/check-folder.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { tempDir } from './temp-dir.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE = join(REPO, 'examples/lanping');

export type Files = Record<string, string | Uint8Array>;
/** A body's files: yishi.yaml is always there, as text, so that tests can append settings to it. */
export type BodyFiles = Files & { 'yishi.yaml': string };

/** Write `files` into a new temporary folder (removed after the test file) and return its path. */
export function makeFolder(files: Files): string {
  const dir = tempDir('test');
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

/** A copy of the example body in a temporary folder, with `changes` written over it. */
export function copyExample(changes: Files = {}): string {
  const dir = tempDir('example');
  cpSync(EXAMPLE, dir, { recursive: true });
  for (const [rel, content] of Object.entries(changes)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

/** A small valid body: leader zz, deputy fzz, members mz, cz, gaj, established 2024-01-10. */
export function smallBody(extra: Files = {}): BodyFiles {
  return {
    'yishi.yaml': [
      'format: 1',
      'name: 测试县困难群众基本生活保障工作领导小组',
      'established:',
      '  date: 2024-01-10',
      'office:',
      '  host: mz',
      '  director: 示例乙',
      'locale: zh-CN',
      'timezone: Asia/Shanghai',
      'minutes_number: "测困保纪〔{year}〕{n}号"',
      '',
    ].join('\n'),
    'members/zz.yaml': 'role: leader\nunit: 县人民政府\nposition: 副县长\norder: 1\nholders:\n  - name: 示例甲\n    from: 2024-01-10\n',
    'members/fzz.yaml': 'role: deputy\nunit: 县民政局\nposition: 局长\norder: 2\nholders:\n  - name: 示例乙\n    from: 2024-01-10\n',
    'members/mz.yaml': 'role: member\nunit: 县民政局\nposition: 副局长\norder: 3\nholders:\n  - name: 示例丙\n    from: 2024-01-10\n',
    'members/cz.yaml': 'role: member\nunit: 县财政局\nposition: 副局长\norder: 4\nholders:\n  - name: 示例丁\n    from: 2024-01-10\n',
    'members/gaj.yaml': 'role: member\nunit: 县公安局\nposition: 副局长\norder: 5\nholders:\n  - name: 示例戊\n    from: 2024-01-10\n',
    ...extra,
  };
}

/** Validate a folder written from `files`, as of `asOf`. */
export function validateFiles(files: Files, asOf = '2025-07-01'): Diagnostic[] {
  return validateFolder(loadFolder(makeFolder(files)), { asOf }).diagnostics;
}

/** The findings of one rule (or check) only, as `file:line:column` plus severity, for compact assertions. */
export function findingsOf(rule: string, files: Files, asOf = '2025-07-01'): Array<{ at: string; severity: string; message: string }> {
  return validateFiles(files, asOf)
    .filter((d) => d.rule === rule)
    .map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, severity: d.severity, message: d.message.zh }));
}
