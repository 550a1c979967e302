// The five changes of a sealed decision that history rewriting used to hide (issue 13), each in a real git
// repository, each caught by the seal (yishi validate), by yishi audit, or both; and a record with a valid
// seal that passes both.
import { readFileSync, renameSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { DRAFT_MEETING, MEETING_ID, MEETING_PATH, RESOLUTION, RESOLUTION_PATH } from '../helpers/clerk.js';
import { makeFolder, smallBody } from '../helpers/folder.js';
import { SMALL_DUTIES, commitAll, git, gitEnv, smallRepo, type Person } from '../helpers/git.js';

const EDITOR: Person = { name: '示例改动人', email: 'editor@example.org' };
const yishi = (dir: string, args: string[]) => runYishi(args, { cwd: dir, env: gitEnv() });
const ISSUE = ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-03-22', '--as-of', '2024-03-22'];

function edit(dir: string, path: string, from: string, to: string): void {
  const text = readFileSync(join(dir, path), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, path), text.replace(from, to));
}

interface Finding {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

function sealFindings(dir: string): Finding[] {
  const r = yishi(dir, ['validate', '--format', 'json', '--lang', 'en', '--as-of', '2024-07-01']);
  return (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'seal');
}

interface Audited {
  status: number | null;
  violations: Array<{ commit: string; file: string; field: string; kind: string }>;
  notes: Array<{ commit: string; file: string; field: string; kind: string; message: string }>;
}

function audit(dir: string): Audited {
  const r = yishi(dir, ['audit', '--format', 'json', '--lang', 'en']);
  const out = JSON.parse(r.stdout) as Omit<Audited, 'status'>;
  return { status: r.status, violations: out.violations, notes: out.notes };
}

/** The line:column of the seal in the meeting file. */
function sealAt(dir: string, path = MEETING_PATH): string {
  const lines = readFileSync(join(dir, path), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.startsWith('  seal: '));
  return `${line + 1}:9`;
}

/** Draft committed, then issued with yishi issue (which writes the seal) and committed. */
function issuedRepo(): { dir: string; issued: string } {
  const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION }, '2024-03-16');
  expect(yishi(dir, ISSUE).status).toBe(0);
  const issued = commitAll(dir, 'Issue the minutes', undefined, '2024-03-22');
  return { dir, issued };
}

describe('a seal that survives history', () => {
  it('a record with a valid seal passes validate, seal --check and audit', () => {
    const { dir } = issuedRepo();
    const done = ['progress', '2024-03-15-plenary-1', '--status', 'done', '--note', '建成。'];
    expect(yishi(dir, [...done, '--date', '2024-06-28', '--as-of', '2024-06-28']).status).toBe(0);
    commitAll(dir, 'Done', undefined, '2024-06-28');
    expect(sealFindings(dir)).toEqual([]);
    const check = yishi(dir, ['seal', '--check', '--lang', 'en']);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(
      /^2024-03-15-plenary {2}sha256:[0-9a-f]{64} {2}matches\nChecked the seals of 1 issued meeting: 0 changed, 0 not sealed\.\n$/,
    );
    expect(audit(dir)).toEqual({ status: 0, violations: [], notes: [] });
  });

  it('1. a decision changed and amended into the issue commit: the seal no longer matches; audit notes a seal-time change', () => {
    const { dir } = issuedRepo();
    edit(dir, RESOLUTION_PATH, 'due: 2024-06-30', 'due: 2024-12-31');
    git(dir, ['commit', '-q', '--amend', '-a', '--no-edit'], EDITOR);
    const found = sealFindings(dir);
    expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`)).toEqual([`${MEETING_PATH}:${sealAt(dir)} error`]);
    expect(found[0]!.message).toContain('(2024-03-15-plenary-1)');
    const check = yishi(dir, ['seal', '--check', '--lang', 'en']);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('  CHANGED\n');
    const audited = audit(dir);
    expect(audited.status).toBe(0);
    expect(audited.notes.map((n) => [n.file, n.field, n.kind])).toEqual([[RESOLUTION_PATH, 'due', 'seal-time-change']]);
    expect(audited.notes[0]!.message).toContain('also changes due (2024-06-30 → 2024-12-31)');
  });

  it('2. an amend of the only commit: the seal no longer matches', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION });
    expect(yishi(dir, ISSUE).status).toBe(0);
    git(dir, ['commit', '-q', '--amend', '-a', '--no-edit']);
    expect(sealFindings(dir)).toEqual([]);
    edit(dir, RESOLUTION_PATH, 'lead: mz', 'lead: cz');
    git(dir, ['commit', '-q', '--amend', '-a', '--no-edit'], EDITOR);
    expect(git(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
    expect(sealFindings(dir).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([`${MEETING_PATH}:${sealAt(dir)}`]);
  });
});

// The same block, continued: history rewritten by git replace, by moving the folder, by moving records.
describe('a seal that survives history', () => {
  it('3. a commit hidden by git replace: audit reads history as committed, and the seal no longer matches', () => {
    const { dir } = issuedRepo();
    edit(dir, RESOLUTION_PATH, 'due: 2024-06-30', 'due: 2024-12-31');
    const bad = commitAll(dir, 'Fix the due date', EDITOR, '2024-07-10');
    const tree = git(dir, ['rev-parse', `${bad}~1^{tree}`]).trim();
    const fake = git(dir, ['commit-tree', tree, '-p', `${bad}~1`, '-m', 'Fix a typo'], EDITOR).trim();
    git(dir, ['replace', bad, fake]);
    expect(git(dir, ['log', '-1', '--format=%s']).trim()).toBe('Fix a typo');
    expect(audit(dir).violations).toEqual([
      expect.objectContaining({ commit: bad, file: RESOLUTION_PATH, field: 'due', kind: 'decision-changed' }),
    ]);
    expect(sealFindings(dir)).toHaveLength(1);
  });

  it('4. the record folder moved inside the repository and edited in the same commit: audit follows the move', () => {
    const files = smallBody({ ...SMALL_DUTIES, [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION });
    const top = makeFolder(Object.fromEntries(Object.entries(files).map(([k, v]) => [`records/${k}`, v])));
    git(top, ['init', '-q']);
    commitAll(top, 'Records', undefined, '2024-03-16');
    expect(yishi(join(top, 'records'), ISSUE).status).toBe(0);
    const issued = commitAll(top, 'Issue the minutes', undefined, '2024-03-22');
    mkdirSync(join(top, 'county'));
    renameSync(join(top, 'records'), join(top, 'county/records'));
    const moved = join(top, 'county/records');
    edit(moved, RESOLUTION_PATH, 'due: 2024-06-30', 'due: 2024-12-31');
    const bad = commitAll(top, 'Reorganise the folders', EDITOR, '2024-07-10');
    const audited = audit(moved);
    expect(audited.status).toBe(1);
    expect(audited.violations).toEqual([
      expect.objectContaining({ commit: bad, file: RESOLUTION_PATH, field: 'due', kind: 'decision-changed', sealed_in: issued }),
    ]);
    expect(sealFindings(moved)).toHaveLength(1);
  });

  it('5. a sealed meeting and resolution moved to another year folder: an audit finding (and a layout error)', () => {
    const { dir, issued } = issuedRepo();
    mkdirSync(join(dir, 'meetings/2025'));
    mkdirSync(join(dir, 'resolutions/2025'));
    git(dir, ['mv', MEETING_PATH, 'meetings/2025/2024-03-15-plenary.yaml']);
    git(dir, ['mv', RESOLUTION_PATH, 'resolutions/2025/2024-03-15-plenary-1.yaml']);
    const bad = commitAll(dir, 'File under 2025', EDITOR, '2024-07-10');
    const audited = audit(dir);
    expect(audited.status).toBe(1);
    expect(audited.violations.map((v) => [v.commit, v.file, v.field, v.kind])).toEqual([
      [bad, 'meetings/2025/2024-03-15-plenary.yaml', '(path)', 'record-moved'],
      [bad, 'resolutions/2025/2024-03-15-plenary-1.yaml', '(path)', 'record-moved'],
    ]);
    expect(JSON.stringify(audited.violations)).toContain(issued);
    const r = yishi(dir, ['validate', '--format', 'json', '--as-of', '2024-07-01']);
    expect((JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'layout')).toHaveLength(2);
  });
});

describe('yishi seal', () => {
  it('adds seals to minutes issued before seals existed; audit accepts the added seal; a changed seal is not replaced', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION }, '2024-03-16');
    edit(
      dir,
      MEETING_PATH,
      '  status: draft\n',
      '  status: issued\n  number: 测困保纪〔2024〕1号\n  issued: 2024-03-22\n  signed_by: zz\n',
    );
    commitAll(dir, 'Issue the minutes (before seals)', undefined, '2024-03-22');
    const before = yishi(dir, ['validate', '--format', 'json', '--lang', 'en', '--as-of', '2024-07-01']);
    expect(before.status).toBe(0);
    expect(
      (JSON.parse(before.stdout) as { diagnostics: Finding[] }).diagnostics
        .filter((d) => d.rule === 'seal')
        .map((d) => [d.line, d.severity]),
    ).toEqual([[12, 'note']]);
    const sealed = yishi(dir, ['seal', '--lang', 'en', '--as-of', '2024-07-01']);
    expect(sealed.status).toBe(0);
    expect(sealed.stdout).toMatch(new RegExp(`^${MEETING_PATH}\\nsealed 2024-03-15-plenary sha256:[0-9a-f]{64}\\n$`));
    expect(sealFindings(dir)).toEqual([]);
    commitAll(dir, 'Seal the minutes issued before seals', undefined, '2024-07-01');
    expect(audit(dir)).toEqual({ status: 0, violations: [], notes: [] });
    expect(yishi(dir, ['seal', '--lang', 'en']).stdout).toBe('Every issued meeting already carries a seal; nothing to add.\n');

    edit(dir, RESOLUTION_PATH, 'responsible: [cz]', 'responsible: [gaj]');
    const refused = yishi(dir, ['seal', '--lang', 'en', '--as-of', '2024-07-01']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('The seal of meeting "2024-03-15-plenary" does not match its records and is not replaced');
  });
});
