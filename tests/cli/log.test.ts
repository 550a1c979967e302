// yishi log: a record's history in its own terms.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { DRAFT_MEETING, MEETING_ID, MEETING_PATH, RESOLUTION, RESOLUTION_ID, RESOLUTION_PATH, WRITTEN_REVIEW } from '../helpers/clerk.js';
import { makeFolder, smallBody } from '../helpers/folder.js';
import { CLERK, commitAll, git, gitEnv, smallRepo } from '../helpers/git.js';

const yishi = (dir: string, args: string[]) => runYishi(args, { cwd: dir, env: gitEnv() });

describe('yishi log', () => {
  it('tells each commit in the terms of the record: progress, due dates, minutes issued', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION }, '2024-03-16');
    const c = [git(dir, ['rev-parse', 'HEAD']).trim()];
    yishi(dir, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-03-22', '--as-of', '2024-03-22']);
    c.push(commitAll(dir, 'Issue', CLERK, '2024-03-22'));
    writeFileSync(join(dir, 'meetings/2024/2024-06-20-written.yaml'), WRITTEN_REVIEW);
    c.push(commitAll(dir, 'Written review', CLERK, '2024-06-25'));
    expect(
      yishi(dir, [
        'extend',
        RESOLUTION_ID,
        '--due',
        '2024-09-30',
        '--granted-by',
        '2024-06-20-written',
        '--reason',
        '协议待签署',
        '--as-of',
        '2024-06-26',
      ]).status,
    ).toBe(0);
    c.push(commitAll(dir, 'Extend', CLERK, '2024-06-26'));
    expect(
      yishi(dir, ['progress', RESOLUTION_ID, '--status', 'done', '--note', '建成。', '--date', '2024-09-26', '--as-of', '2024-09-26'])
        .status,
    ).toBe(0);
    writeFileSync(join(dir, RESOLUTION_PATH), readFileSync(join(dir, RESOLUTION_PATH), 'utf8').replace('# 议定事项', '# 议定事项(已完成)'));
    c.push(commitAll(dir, 'Done', CLERK, '2024-09-26'));
    const s = c.map((x) => x.slice(0, 7));

    const en = yishi(dir, ['log', RESOLUTION_ID, '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toBe(
      [
        RESOLUTION_PATH,
        `  2024-03-16  ${s[0]}  示例书记员  created`,
        `  2024-06-26  ${s[3]}  示例书记员  due 2024-06-30 → 2024-09-30 (extension granted by 2024-06-20-written)`,
        `  2024-09-26  ${s[4]}  示例书记员  progress + done (2024-09-26, mz)`,
        '',
      ].join('\n'),
    );
    const zh = yishi(dir, ['log', MEETING_ID]);
    expect(zh.stdout).toBe(
      [
        MEETING_PATH,
        `  2024-03-16  ${s[0]}  示例书记员  新建`,
        `  2024-03-22  ${s[1]}  示例书记员  纪要印发(测困保纪〔2024〕1号,2024-03-22,zz)`,
        '',
      ].join('\n'),
    );
    const json = JSON.parse(yishi(dir, ['log', RESOLUTION_ID, '--format', 'json', '--lang', 'en']).stdout) as Array<{
      history: Array<{ commit: string; changes: string[] }>;
    }>;
    expect(json[0]!.history.map((h) => [h.commit, h.changes])).toEqual([
      [c[0], ['created']],
      [c[3], ['due 2024-06-30 → 2024-09-30 (extension granted by 2024-06-20-written)']],
      [c[4], ['progress + done (2024-09-26, mz)']],
    ]);
  });
});

describe('yishi log', () => {
  it('on two branches, each commit is told against its own parent, not the commit listed before it', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, [RESOLUTION_PATH]: RESOLUTION }, '2024-03-16');
    git(dir, ['checkout', '-q', '-b', 'side']);
    expect(
      yishi(dir, [
        'progress',
        RESOLUTION_ID,
        '--status',
        'in_progress',
        '--note',
        '支线。',
        '--date',
        '2024-05-01',
        '--as-of',
        '2024-05-01',
      ]).status,
    ).toBe(0);
    const side = commitAll(dir, 'Side', CLERK, '2024-05-01');
    git(dir, ['checkout', '-q', '-']);
    expect(
      yishi(dir, ['progress', RESOLUTION_ID, '--status', 'blocked', '--note', '主线。', '--date', '2024-05-02', '--as-of', '2024-05-02'])
        .status,
    ).toBe(0);
    const main = commitAll(dir, 'Main', CLERK, '2024-05-02');
    expect(() => git(dir, ['merge', '-q', '--no-ff', 'side'])).toThrow();
    writeFileSync(
      join(dir, RESOLUTION_PATH),
      readFileSync(join(dir, RESOLUTION_PATH), 'utf8').replace(/^(<<<<<<<|=======|>>>>>>>).*\n/gm, ''),
    );
    commitAll(dir, 'Merge', CLERK, '2024-05-03');
    const json = JSON.parse(yishi(dir, ['log', RESOLUTION_ID, '--format', 'json', '--lang', 'en']).stdout) as Array<{
      history: Array<{ commit: string; changes: string[] }>;
    }>;
    const told = new Map(json[0]!.history.map((h) => [h.commit, h.changes]));
    expect(told.get(side)).toEqual(['progress + in progress (2024-05-01, mz)']);
    expect(told.get(main)).toEqual(['progress + blocked (2024-05-02, mz)']);
  });

  it('an id shared by a member and its duty shows both; --kind picks one; an unknown id is a usage error', () => {
    const dir = smallRepo();
    const both = yishi(dir, ['log', 'mz']);
    expect(both.stdout.split('\n').filter((l) => !l.startsWith(' '))).toEqual(['duties/mz.yaml', '', 'members/mz.yaml', '']);
    expect(yishi(dir, ['log', 'mz', '--kind', 'duty']).stdout.split('\n')[0]).toBe('duties/mz.yaml');
    const unknown = yishi(dir, ['log', 'gja']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('yishi: 找不到记录“gja”。你是不是想写“gaj”?\n');
  });

  it('outside a git repository it is a clear usage error', () => {
    const dir = makeFolder(smallBody());
    const r = yishi(dir, ['log', 'mz', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not in a git repository');
  });
});
