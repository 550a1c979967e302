// yishi extend: append an extension granted by a later meeting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { RESOLUTION, RESOLUTION_ID, RESOLUTION_PATH, WRITTEN_REVIEW, sealedMeeting } from '../helpers/clerk.js';
import { gitEnv, smallRepo } from '../helpers/git.js';

const yishi = (dir: string, args: string[]) => runYishi(args, { cwd: dir, env: gitEnv() });
const repo = () => smallRepo(sealedMeeting({ 'meetings/2024/2024-06-20-written.yaml': WRITTEN_REVIEW }));

describe('yishi extend', () => {
  it('appends the extension at the end of the record, keeping the rest', () => {
    const dir = repo();
    const r = yishi(dir, [
      'extend',
      RESOLUTION_ID,
      '--due',
      '2024-09-30',
      '--granted-by',
      '2024-06-20-written',
      '--reason',
      '数据共享协议待签署',
      '--as-of',
      '2024-06-26',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${RESOLUTION_PATH}\n`);
    expect(readFileSync(join(dir, RESOLUTION_PATH), 'utf8')).toBe(
      RESOLUTION + 'extensions:\n  - due: 2024-09-30\n    granted_by: 2024-06-20-written\n    reason: 数据共享协议待签署\n',
    );
  });

  it('a due date not later than the current one is refused; an unknown meeting is a usage error', () => {
    const dir = repo();
    const before = readFileSync(join(dir, RESOLUTION_PATH));
    const same = yishi(dir, [
      'extend',
      RESOLUTION_ID,
      '--due',
      '2024-06-30',
      '--granted-by',
      '2024-06-20-written',
      '--reason',
      'x',
      '--as-of',
      '2024-06-26',
      '--lang',
      'en',
    ]);
    expect(same.status).toBe(1);
    expect(same.stderr).toBe('yishi: Nothing written: The extended due date 2024-06-30 must be later than the current one, 2024-06-30.\n');
    const unknown = yishi(dir, [
      'extend',
      RESOLUTION_ID,
      '--due',
      '2024-09-30',
      '--granted-by',
      '2024-06-21-written',
      '--reason',
      'x',
      '--as-of',
      '2024-06-26',
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('yishi: --granted-by:找不到会议“2024-06-21-written”。你是不是想写“2024-06-20-written”?\n');
    expect(readFileSync(join(dir, RESOLUTION_PATH)).equals(before)).toBe(true);
  });

  it('an extension granted by the deciding meeting itself is refused by the rules, file unchanged', () => {
    const dir = repo();
    const before = readFileSync(join(dir, RESOLUTION_PATH));
    const r = yishi(dir, [
      'extend',
      RESOLUTION_ID,
      '--due',
      '2024-09-30',
      '--granted-by',
      '2024-03-15-plenary',
      '--reason',
      'x',
      '--as-of',
      '2024-06-26',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  16:17  错误  同意延期的会议“2024-03-15-plenary”');
    expect(readFileSync(join(dir, RESOLUTION_PATH)).equals(before)).toBe(true);
  });
});
