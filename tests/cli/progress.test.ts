// yishi progress: append an entry, keep every comment, refuse what would be invalid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { RESOLUTION, RESOLUTION_ID, RESOLUTION_PATH, sealedMeeting } from '../helpers/clerk.js';
import { gitEnv, smallRepo } from '../helpers/git.js';

const yishi = (dir: string, args: string[]) => runYishi(args, { cwd: dir, env: gitEnv() });

describe('yishi progress', () => {
  it('appends the entry and leaves every comment and every other byte as it was', () => {
    const dir = smallRepo(sealedMeeting());
    const r = yishi(dir, [
      'progress',
      RESOLUTION_ID,
      '--status',
      'done',
      '--note',
      '数据库建成并上线运行。',
      '--date',
      '2024-06-28',
      '--as-of',
      '2024-06-28',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${RESOLUTION_PATH}\n`);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, RESOLUTION_PATH), 'utf8')).toBe(
      RESOLUTION + '  - date: 2024-06-28\n    by: mz\n    status: done\n    note: 数据库建成并上线运行。\n',
    );
    expect(yishi(dir, ['validate', '--as-of', '2024-06-28']).status).toBe(0);
  });

  it('a file saved by a Windows editor (BOM, CRLF) keeps its BOM and line ends', () => {
    const windows = '\uFEFF' + RESOLUTION.replace(/\n/g, '\r\n');
    const dir = smallRepo(sealedMeeting({ [RESOLUTION_PATH]: windows }));
    const r = yishi(dir, [
      'progress',
      RESOLUTION_ID,
      '--status',
      'done',
      '--note',
      '完成。',
      '--date',
      '2024-06-28',
      '--as-of',
      '2024-06-28',
    ]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, RESOLUTION_PATH), 'utf8')).toBe(
      windows + '  - date: 2024-06-28\r\n    by: mz\r\n    status: done\r\n    note: 完成。\r\n',
    );
  });

  it('by defaults to the owner after succession', () => {
    const dir = smallRepo(
      sealedMeeting({
        'members/mz.yaml':
          'role: member\nunit: 县民政局\nposition: 副局长\norder: 3\nholders:\n  - name: 示例丙\n    from: 2024-01-10\n' +
          '    to: 2024-06-30\nleft: 2024-07-01\nsuccessor: cz\n',
      }),
    );
    const r = yishi(dir, [
      'progress',
      RESOLUTION_ID,
      '--status',
      'blocked',
      '--note',
      '资金尚未到位。',
      '--date',
      '2024-07-15',
      '--as-of',
      '2024-07-15',
    ]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, RESOLUTION_PATH), 'utf8')).toContain('  - date: 2024-07-15\n    by: cz\n    status: blocked\n');
  });
});

describe('yishi progress', () => {
  it('an entry that would be invalid is refused with the finding and the file stays byte for byte', () => {
    const dir = smallRepo(sealedMeeting());
    const before = readFileSync(join(dir, RESOLUTION_PATH));
    // dated after today: the progress-log rule finds it
    const r = yishi(dir, [
      'progress',
      RESOLUTION_ID,
      '--status',
      'done',
      '--note',
      '完成。',
      '--date',
      '2024-05-10',
      '--as-of',
      '2024-05-01',
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `yishi: Nothing written: this change would add 1 error to the records (below); ${RESOLUTION_PATH} is left as it was.`,
        RESOLUTION_PATH,
        '  14:11  error    The progress date 2024-05-10 is after today (2024-05-01); record only what has happened, ' +
          'and check the date [五(五)].  progress-log',
        '',
        'Checked 12 files: 1 error, 0 warnings.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, RESOLUTION_PATH)).equals(before)).toBe(true);
  });

  it('an entry dated before the last one is refused; an unknown resolution or status is a usage error', () => {
    const dir = smallRepo(sealedMeeting());
    const before = readFileSync(join(dir, RESOLUTION_PATH));
    const early = yishi(dir, [
      'progress',
      RESOLUTION_ID,
      '--status',
      'in_progress',
      '--note',
      'x',
      '--date',
      '2024-04-01',
      '--as-of',
      '2024-05-01',
    ]);
    expect(early.status).toBe(1);
    expect(early.stderr).toBe(
      'yishi: 未写入:落实情况只能按时间顺序追加:最后一条的日期是 2024-04-15,新条目的日期 2024-04-01 不能早于它。\n',
    );
    const unknown = yishi(dir, ['progress', '2024-03-15-plenary-9', '--status', 'done', '--note', 'x', '--as-of', '2024-05-01']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('yishi: resolution:找不到议定事项“2024-03-15-plenary-9”。你是不是想写“2024-03-15-plenary-1”?\n');
    expect(yishi(dir, ['progress', RESOLUTION_ID, '--status', 'finished', '--note', 'x']).status).toBe(2);
    expect(readFileSync(join(dir, RESOLUTION_PATH)).equals(before)).toBe(true);
  });

  it('errors the folder already has do not block the write, and the clerk is told', () => {
    const dir = smallRepo(sealedMeeting({ 'duties/gaj.yaml': 'holder: gaj\nfrom: 2024-01-10\n' }));
    const r = yishi(dir, [
      'progress',
      RESOLUTION_ID,
      '--status',
      'done',
      '--note',
      '完成。',
      '--date',
      '2024-05-01',
      '--as-of',
      '2024-05-01',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^yishi: 注意:记录文件夹中已有 \d+ 个与本次改动无关的错误,不影响本次写入;运行 yishi validate 查看。\n$/);
  });
});

describe('yishi progress', () => {
  it('--dry-run prints the new text and writes nothing', () => {
    const dir = smallRepo(sealedMeeting());
    const r = yishi(dir, [
      'progress',
      RESOLUTION_ID,
      '--status',
      'done',
      '--note',
      '完成。',
      '--date',
      '2024-05-01',
      '--as-of',
      '2024-05-01',
      '--dry-run',
    ]);
    expect(r.stdout).toBe(RESOLUTION + '  - date: 2024-05-01\n    by: mz\n    status: done\n    note: 完成。\n');
    expect(readFileSync(join(dir, RESOLUTION_PATH), 'utf8')).toBe(RESOLUTION);
  });
});
