// yishi issue: the minutes are issued with the next number; then the record is sealed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { DRAFT_MEETING, MEETING_ID, MEETING_PATH, RESOLUTION, RESOLUTION_PATH, WRITTEN_REVIEW } from '../helpers/clerk.js';
import { gitEnv, smallRepo } from '../helpers/git.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { typeRecords } from '../../src/check/check-folder.js';
import { sealStatuses } from '../../src/check/seal/seal-status.js';

const yishi = (dir: string, args: string[]) => runYishi(args, { cwd: dir, env: gitEnv() });
const ISSUED = (number: string, seal?: string) =>
  DRAFT_MEETING.replace(
    '  status: draft\n',
    `  status: issued\n  number: ${number}\n  issued: 2024-07-01\n  signed_by: zz\n${seal ? `  seal: ${seal}\n` : ''}`,
  );

/** The seal yishi computes for the meeting now; it must be the one written, and match. */
function sealNow(dir: string, id = MEETING_ID): string {
  const status = sealStatuses(typeRecords(loadFolder(dir)).records).find((s) => s.meeting.id === id)!;
  expect(status.state).toBe('matches');
  return status.computed;
}

describe('yishi issue', () => {
  it('sets status, the next number from the template, date, signer and seal, and nothing else', () => {
    // the written review of 2024-06-20 is the first minutes issued in 2024, so this one is number 2
    const dir = smallRepo({
      [MEETING_PATH]: DRAFT_MEETING,
      [RESOLUTION_PATH]: RESOLUTION,
      'meetings/2024/2024-06-20-written.yaml': WRITTEN_REVIEW.replace('2号', '1号'),
    });
    const r = yishi(dir, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-07-01', '--as-of', '2024-07-01']);
    // issued late: a warning of the minutes-issued rule is shown, and does not block
    expect(r.stderr).toContain('  14:11  警告  会议纪要在会后第 108 天(2024-07-01)才印发');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${MEETING_PATH}\n`);
    expect(readFileSync(join(dir, MEETING_PATH), 'utf8')).toBe(ISSUED('测困保纪〔2024〕2号', sealNow(dir)));
  });

  it('--number overrides the template; issuing twice is refused', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING });
    const numbered = ['issue', MEETING_ID, '--signed-by', 'zz', '--number', '测困保纪〔2024〕7号'];
    expect(yishi(dir, [...numbered, '--date', '2024-07-01', '--as-of', '2024-07-01']).status).toBe(0);
    expect(readFileSync(join(dir, MEETING_PATH), 'utf8')).toBe(ISSUED('测困保纪〔2024〕7号', sealNow(dir)));
    const again = yishi(dir, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-07-02', '--as-of', '2024-07-02', '--lang', 'en']);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      'yishi: Nothing written: The minutes of meeting "2024-03-15-plenary" were already issued on 2024-07-01 (测困保纪〔2024〕7号); ' +
        'the record is sealed.\n',
    );
  });

  it('minutes signed by a plain member are refused by the rules, and the file stays byte for byte', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING });
    const before = readFileSync(join(dir, MEETING_PATH));
    const r = yishi(dir, ['issue', MEETING_ID, '--signed-by', 'mz', '--date', '2024-03-22', '--as-of', '2024-03-22']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        'yishi: 未写入:这项改动会给记录带来 1 个错误(见下),meetings/2024/2024-03-15-plenary.yaml 保持原样。',
        'meetings/2024/2024-03-15-plenary.yaml',
        '  15:14  错误  会议纪要应由组长或副组长签发,县民政局(mz)是成员,不能签发;请写签发纪要的组长或副组长 [三(三)]。  convener-authority',
        '',
        '检查了 11 个文件:1 个错误,0 个警告。',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, MEETING_PATH)).equals(before)).toBe(true);
  });

  it('a record with placeholders from yishi new cannot be issued', () => {
    const dir = smallRepo({
      [MEETING_PATH]: DRAFT_MEETING.replace('recorder: 示例庚', 'recorder: (待填写)                       # TODO 记录人'),
    });
    const r = yishi(dir, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-03-22', '--as-of', '2024-03-22']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'yishi: 未写入:会议“2024-03-15-plenary”的记录还有待填写的内容:recorder。请先补齐(见文件中的 TODO),再印发纪要。\n',
    );
  });

  it('a template without {year} numbers on across years, and a number already taken is skipped', () => {
    const nextYear = DRAFT_MEETING.replace('date: 2024-03-15', 'date: 2025-02-10').replace(/2024年第一次/g, '2025年第一次');
    const dir = smallRepo({ [MEETING_PATH]: ISSUED('测困保纪1号'), 'meetings/2025/2025-02-10-plenary.yaml': nextYear });
    writeFileSync(
      join(dir, 'yishi.yaml'),
      readFileSync(join(dir, 'yishi.yaml'), 'utf8').replace('测困保纪〔{year}〕{n}号', '测困保纪{n}号'),
    );
    const r = yishi(dir, ['issue', '2025-02-10-plenary', '--signed-by', 'zz', '--date', '2025-02-12', '--as-of', '2025-02-12']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'meetings/2025/2025-02-10-plenary.yaml'), 'utf8')).toContain('  number: 测困保纪2号\n');

    // 2024 has one minutes issued, numbered 2 by hand: the next is 3, not the 2 already taken
    const gap = smallRepo({ [MEETING_PATH]: DRAFT_MEETING, 'meetings/2024/2024-06-20-written.yaml': WRITTEN_REVIEW });
    const g = yishi(gap, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-07-01', '--as-of', '2024-07-01']);
    expect(g.status).toBe(0);
    expect(readFileSync(join(gap, MEETING_PATH), 'utf8')).toBe(ISSUED('测困保纪〔2024〕3号', sealNow(gap)));
  });

  it('without a template and without --number it is a usage error', () => {
    const dir = smallRepo({ [MEETING_PATH]: DRAFT_MEETING });
    const body = readFileSync(join(dir, 'yishi.yaml'), 'utf8').replace(/minutes_number.*\n/, '');
    writeFileSync(join(dir, 'yishi.yaml'), body);
    const r = yishi(dir, ['issue', MEETING_ID, '--signed-by', 'zz', '--date', '2024-03-22', '--as-of', '2024-03-22']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('yishi: yishi.yaml 中没有纪要编号模板(minutes_number),请用 --number 写明纪要文号。\n');
  });
});
