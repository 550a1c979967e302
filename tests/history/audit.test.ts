// yishi audit on real git histories: an honest one passes; an edited decision, a removed progress entry,
// a re-dated one, an edited meeting and a resolution added after the minutes were issued are caught, each
// with its commit, author, file and field.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { DRAFT_MEETING, MEETING_ID, MEETING_PATH, RESOLUTION, RESOLUTION_ID, RESOLUTION_PATH } from '../helpers/clerk.js';
import { makeFolder } from '../helpers/folder.js';
import { commitAll, git, gitEnv, smallRepo, type Person } from '../helpers/git.js';
import { tempDir } from '../helpers/temp-dir.js';

const EDITOR: Person = { name: '示例改动人', email: 'editor@example.org' };
const yishi = (dir: string, args: string[]) => runYishi(args, { cwd: dir, env: gitEnv() });

/** Draft, issued with yishi issue, then two progress entries with yishi progress: an honest history. */
function honestHistory(): { dir: string; commits: Record<'draft' | 'issued' | 'progress' | 'done', string> } {
  const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION }, '2024-03-16');
  const draft = git(dir, ['rev-parse', 'HEAD']).trim();
  expect(yishi(dir, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-03-22', '--as-of', '2024-03-22']).status).toBe(0);
  const issued = commitAll(dir, 'Issue the minutes', undefined, '2024-03-22');
  expect(
    yishi(dir, [
      'progress',
      RESOLUTION_ID,
      '--status',
      'in_progress',
      '--note',
      '公安、医保数据已接入。',
      '--date',
      '2024-05-05',
      '--as-of',
      '2024-05-05',
    ]).status,
  ).toBe(0);
  const progress = commitAll(dir, 'Progress', undefined, '2024-05-05');
  expect(
    yishi(dir, ['progress', RESOLUTION_ID, '--status', 'done', '--note', '数据库建成。', '--date', '2024-06-28', '--as-of', '2024-06-28'])
      .status,
  ).toBe(0);
  const done = commitAll(dir, 'Done', undefined, '2024-06-28');
  return { dir, commits: { draft, issued, progress, done } };
}

function edit(dir: string, path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(join(dir, path), 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(join(dir, path), next);
}

interface JsonViolation {
  commit: string;
  author: string;
  email: string;
  file: string;
  field: string;
  kind: string;
  meeting: string;
  sealed_in: string;
}

function violations(dir: string, extra: string[] = []): { status: number | null; list: JsonViolation[] } {
  const r = yishi(dir, ['audit', '--format', 'json', ...extra]);
  return { status: r.status, list: (JSON.parse(r.stdout) as { violations: JsonViolation[] }).violations };
}

describe('yishi audit', () => {
  it('passes an honest history: issued, then progress only appended', () => {
    const { dir } = honestHistory();
    const r = yishi(dir, ['audit', '--lang', 'en']);
    expect(r.stdout).toBe('Checked 4 commits and 1 issued meeting: no sealed record was changed.\n');
    expect(r.status).toBe(0);
  });

  it('changes made in the commit that issues the minutes are still part of the decision', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION });
    expect(yishi(dir, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-03-22', '--as-of', '2024-03-22']).status).toBe(0);
    edit(dir, RESOLUTION_PATH, 'due: 2024-06-30', 'due: 2024-07-31');
    commitAll(dir, 'Issue the minutes with the final due date');
    expect(yishi(dir, ['audit']).status).toBe(0);
  });

  it('catches an edited decision: commit, author, file and field', () => {
    const { dir, commits } = honestHistory();
    edit(dir, RESOLUTION_PATH, 'due: 2024-06-30', 'due: 2024-12-31');
    const bad = commitAll(dir, 'Fix the due date', EDITOR, '2024-07-10');
    const { status, list } = violations(dir);
    expect(status).toBe(1);
    expect(list).toEqual([
      expect.objectContaining({
        commit: bad,
        author: EDITOR.name,
        email: EDITOR.email,
        file: RESOLUTION_PATH,
        field: 'due',
        kind: 'decision-changed',
        meeting: MEETING_ID,
        sealed_in: commits.issued,
      }),
    ]);
    const text = yishi(dir, ['audit', '--lang', 'en']);
    expect(text.status).toBe(1);
    expect(text.stdout).toBe(
      [
        RESOLUTION_PATH,
        `  ${bad.slice(0, 7)} 2024-07-10 ${EDITOR.name} <${EDITOR.email}>  due`,
        `    violation  The decision cannot change after the minutes of meeting "${MEETING_ID}" were issued in commit ` +
          `${commits.issued.slice(0, 7)}; this commit changes due (2024-06-30 → 2024-12-31).`,
        '',
        'Checked 5 commits and 1 issued meeting: 1 violation.',
        '',
      ].join('\n'),
    );
  });

  it('catches a removed progress entry', () => {
    const { dir } = honestHistory();
    edit(dir, RESOLUTION_PATH, /  - date: 2024-05-05\n(    .*\n)+?(?=  - )/, '');
    const bad = commitAll(dir, 'Tidy up', EDITOR);
    const { status, list } = violations(dir);
    expect(status).toBe(1);
    expect(list.map((v) => [v.commit, v.author, v.file, v.field, v.kind])).toEqual([
      [bad, EDITOR.name, RESOLUTION_PATH, 'progress[1]', 'entry-removed'],
    ]);
  });

  it('catches a re-dated progress entry', () => {
    const { dir } = honestHistory();
    edit(dir, RESOLUTION_PATH, 'date: 2024-06-28', 'date: 2024-06-20');
    const bad = commitAll(dir, 'Correct the date', EDITOR);
    const r = yishi(dir, ['audit', '--format', 'json', '--lang', 'en']);
    const list = (JSON.parse(r.stdout) as { violations: Array<JsonViolation & { message: string }> }).violations;
    expect(list.map((v) => [v.commit, v.author, v.file, v.field, v.kind])).toEqual([
      [bad, EDITOR.name, RESOLUTION_PATH, 'progress[2].date', 'entry-edited'],
    ]);
    expect(list[0]!.message).toContain('this commit re-dates progress[2].date (2024-06-28 → 2024-06-20)');
  });
});

describe('yishi audit', () => {
  it('catches an edited meeting record and a resolution added after the minutes were issued', () => {
    const { dir } = honestHistory();
    edit(dir, MEETING_PATH, '会议议定一项事项。', '会议议定两项事项。');
    writeFileSync(join(dir, 'resolutions/2024/2024-03-15-plenary-2.yaml'), 'meeting: 2024-03-15-plenary\nno: 2\ntext: 补记一项决定。\n');
    const bad = commitAll(dir, 'Add a forgotten decision', EDITOR);
    const { status, list } = violations(dir);
    expect(status).toBe(1);
    expect(list.map((v) => [v.commit, v.file, v.field, v.kind])).toEqual([
      [bad, MEETING_PATH, 'proceedings', 'meeting-changed'],
      [bad, 'resolutions/2024/2024-03-15-plenary-2.yaml', '(file)', 'resolution-added'],
    ]);
  });

  it('--since reports only later commits; --format github annotates the file', () => {
    const { dir } = honestHistory();
    edit(dir, RESOLUTION_PATH, 'lead: mz', 'lead: cz');
    commitAll(dir, 'Change the lead', EDITOR);
    const mark = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(violations(dir, ['--since', mark]).list).toEqual([]);
    expect(violations(dir, ['--since', 'HEAD~1']).list.map((v) => v.field)).toEqual(['lead']);
    const gh = yishi(dir, ['audit', '--format', 'github', '--lang', 'en']);
    expect(gh.status).toBe(1);
    expect(gh.stdout).toMatch(
      new RegExp(
        `^::error file=resolutions/2024/2024-03-15-plenary-1\\.yaml,line=1,col=1::The decision cannot change after .* ` +
          `this commit changes lead \\(mz → cz\\)\\. \\(commit ${mark.slice(0, 7)}, author ${EDITOR.name}, field lead\\) \\[audit\\]\\n$`,
      ),
    );
    expect(yishi(dir, ['audit', '--since', 'no-such-rev']).status).toBe(2);
  });
});

describe('yishi audit', () => {
  it('catches an edit made in a merge commit itself, and passes an honest merge of two branches that both append', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION }, '2024-03-16');
    expect(yishi(dir, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-03-22', '--as-of', '2024-03-22']).status).toBe(0);
    commitAll(dir, 'Issue the minutes', undefined, '2024-03-22');
    git(dir, ['checkout', '-q', '-b', 'side']);
    expect(
      yishi(dir, [
        'progress',
        RESOLUTION_ID,
        '--status',
        'in_progress',
        '--note',
        '补充说明。',
        '--date',
        '2024-07-02',
        '--as-of',
        '2024-07-02',
      ]).status,
    ).toBe(0);
    commitAll(dir, 'Progress on a branch', undefined, '2024-07-02');
    git(dir, ['checkout', '-q', '-']);
    expect(
      yishi(dir, [
        'progress',
        RESOLUTION_ID,
        '--status',
        'in_progress',
        '--note',
        '验收中。',
        '--date',
        '2024-07-01',
        '--as-of',
        '2024-07-01',
      ]).status,
    ).toBe(0);
    commitAll(dir, 'Progress on the main line', undefined, '2024-07-01');
    // both appended after the same entry: the clerk keeps both, as git cannot
    expect(() => git(dir, ['merge', '-q', '--no-ff', 'side'])).toThrow();
    const merged = readFileSync(join(dir, RESOLUTION_PATH), 'utf8').replace(/^(<<<<<<<|=======|>>>>>>>).*\n/gm, '');
    writeFileSync(join(dir, RESOLUTION_PATH), merged);
    commitAll(dir, 'Merge side', undefined, '2024-07-03');
    expect(violations(dir).list).toEqual([]);

    git(dir, ['checkout', '-q', '-b', 'side2']);
    edit(dir, 'members/gaj.yaml', 'position: 副局长', 'position: 政委');
    commitAll(dir, 'Another branch', undefined, '2024-07-03');
    git(dir, ['checkout', '-q', '-']);
    git(dir, ['merge', '-q', '--no-ff', '--no-commit', 'side2']);
    edit(dir, RESOLUTION_PATH, 'due: 2024-06-30', 'due: 2024-12-31');
    const bad = commitAll(dir, 'Merge side2', EDITOR, '2024-07-04');
    const { status, list } = violations(dir);
    expect(status).toBe(1);
    expect(list.map((v) => [v.commit, v.author, v.file, v.field, v.kind])).toEqual([
      [bad, EDITOR.name, RESOLUTION_PATH, 'due', 'decision-changed'],
    ]);
  });

  it('a shallow clone is reported, not passed (exit 2)', () => {
    const { dir } = honestHistory();
    const clone = join(tempDir('shallow'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone], { env: { ...process.env, ...gitEnv() } });
    const r = yishi(clone, ['audit', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^yishi: This is a shallow clone: earlier commits are missing, so the records cannot be proven unchanged\./);
  });

  it('outside a git repository it says so (exit 2)', () => {
    const dir = makeFolder({ 'yishi.yaml': 'format: 1\nname: x\nestablished:\n  date: 2024-01-10\noffice:\n  host: mz\n' });
    const r = yishi(dir, ['audit', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `yishi: ${dir} is not in a git repository, so there is no history to read. ` +
        'Run git init in the record folder and commit the records.\n',
    );
  });
});
