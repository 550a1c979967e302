// yishi supervise in a real git repository: the next number, a dry run, refusals, reply, close, and audit
// catching an edited notice.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { smallBody } from '../helpers/folder.js';
import { commitAll, gitEnv, smallRepo } from '../helpers/git.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const AS_OF = '2025-07-01'; // a Tuesday
const yishi = (dir: string, args: string[]) =>
  runYishi(args[0] === 'audit' ? args : [...args, '--as-of', AS_OF], { cwd: dir, env: gitEnv() });

const MEETING = `kind: plenary
title: 2025年第一次全体会议
date: 2025-03-01
location: 会议室
convener: zz
attendees: [zz, fzz, mz, cz, gaj]
recorder: 示例乙
proceedings: 会议议定三项任务。
minutes:
  status: issued
  number: 测困保纪〔2025〕1号
  issued: 2025-03-05
  signed_by: zz
`;

const task = (no: number, lead: string, due: string, extra = ''): string =>
  `meeting: 2025-03-01-plenary\nno: ${no}\ntitle: 任务${no}\ntext: 任务${no}的内容。\nlead: ${lead}\ndue: ${due}\n${extra}`;

/** mz owns -1 (overdue); cz owns -2 (done) and -3 (overdue); -4 (mz) is due later. */
function repo(): string {
  // established in 2025, so that no year lacks its plenary
  const established = smallBody()['yishi.yaml'].replace('  date: 2024-01-10', '  date: 2025-01-10');
  const body = `${established}supervision_number: "测困保督〔{year}〕{n}号"\n`;
  const dir = smallRepo(
    {
      'yishi.yaml': body,
      'meetings/2025/2025-03-01-plenary.yaml': MEETING,
      'resolutions/2025/2025-03-01-plenary-1.yaml': task(1, 'mz', '2025-05-31'),
      'resolutions/2025/2025-03-01-plenary-2.yaml': task(
        2,
        'cz',
        '2025-05-31',
        'progress:\n  - date: 2025-04-10\n    by: cz\n    status: done\n',
      ),
      'resolutions/2025/2025-03-01-plenary-3.yaml': task(3, 'cz', '2025-06-15'),
      'resolutions/2025/2025-03-01-plenary-4.yaml': task(4, 'mz', '2025-07-04'),
    },
    '2025-03-05',
  );
  dirs.push(dir);
  return dir;
}

const NOTICE = 'supervision/2025/2025-07-01-mz.yaml';
const NOTICE_TEXT = `# yaml-language-server: $schema=../../.yishi/schemas/supervision.schema.json
# 反馈用 yishi supervise reply 追加,销号用 yishi supervise close
kind: notice                             # 督办通知
number: 测困保督〔2025〕1号
date: 2025-07-01                         # 发出日期
to: mz                                   # 督办对象
items:
  - 2025-03-01-plenary-1
reply_by: 2025-07-08                     # 反馈时限(5 个工作日)
signed_by: office                        # 签发
`;

describe('yishi supervise', () => {
  it('--dry-run lists one notice per unit with overdue items and writes nothing', () => {
    const dir = repo();
    const r = yishi(dir, ['supervise', '--dry-run']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '督办通知  2025-07-01-mz  测困保督〔2025〕1号  县民政局(mz)  反馈时限 2025-07-08',
        '  - 2025-03-01-plenary-1  任务1  2025-05-31  逾期 31 天',
        '督办通知  2025-07-01-cz  测困保督〔2025〕2号  县财政局(cz)  反馈时限 2025-07-08',
        '  - 2025-03-01-plenary-3  任务3  2025-06-15  逾期 16 天',
        '共 2 份,未写入(--dry-run)。',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(dir, 'supervision'))).toBe(false);
    const within = yishi(dir, ['supervise', '--dry-run', '--unit', 'mz', '--within', '5', '--lang', 'en']);
    expect(within.stdout).toContain('  - 2025-03-01-plenary-4  任务4  2025-07-04  due in 3 days\n');
  });

  it('--unit writes the notice with the next number and a reply date 5 working days on; the next one gets number 2', () => {
    const dir = repo();
    const r = yishi(dir, ['supervise', '--unit', 'mz']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${NOTICE}\n`);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, NOTICE), 'utf8')).toBe(NOTICE_TEXT);
    const second = yishi(dir, ['supervise', '--unit', 'cz', '--reply-by', '2025-07-15']);
    expect(second.status).toBe(0);
    const cz = readFileSync(join(dir, 'supervision/2025/2025-07-01-cz.yaml'), 'utf8');
    expect(cz).toContain('number: 测困保督〔2025〕2号\n');
    expect(cz).toContain('reply_by: 2025-07-15                     # 反馈时限\n');
    expect(yishi(dir, ['validate']).status).toBe(0);
  });

  it("refuses an item that is not the unit's, or not open, and a unit with nothing overdue", () => {
    const dir = repo();
    const other = yishi(dir, ['supervise', '--unit', 'mz', '--items', '2025-03-01-plenary-3']);
    expect(other.status).toBe(1);
    expect(other.stderr).toBe(
      'yishi: 未写入:任务“2025-03-01-plenary-3”由 县财政局 (cz) 负责,不是 县民政局 (mz) 的任务;督办通知只列督办对象自己的任务。\n',
    );
    const done = yishi(dir, ['supervise', '--unit', 'cz', '--items', '2025-03-01-plenary-2', '--lang', 'en']);
    expect(done.status).toBe(1);
    expect(done.stderr).toBe(
      'yishi: Nothing written: Task "2025-03-01-plenary-2" is done or superseded as of 2025-07-01; it is not supervised.\n',
    );
    const nothing = yishi(dir, ['supervise', '--unit', 'gaj']);
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toContain('县公安局 (gaj) 在 2025-07-01 没有逾期的事项');
    expect(existsSync(join(dir, 'supervision'))).toBe(false);
  });
});

describe('yishi supervise', () => {
  it("reply appends the unit's reply; close writes closed and closed_note; both keep the rest as it was", () => {
    const dir = repo();
    expect(yishi(dir, ['supervise', '--unit', 'mz']).status).toBe(0);
    const reply = yishi(dir, ['supervise', 'reply', '2025-07-01-mz', '--date', '2025-07-01', '--text', '数据库已完成测试,7月底上线。']);
    expect(reply.stderr).toBe('');
    expect(reply.status).toBe(0);
    const close = yishi(dir, ['supervise', 'close', '2025-07-01-mz', '--note', '反馈已接受']);
    expect(close.status).toBe(0);
    expect(readFileSync(join(dir, NOTICE), 'utf8')).toBe(
      NOTICE_TEXT +
        'replies:\n  - date: 2025-07-01\n    by: mz\n    text: 数据库已完成测试,7月底上线。\nclosed: 2025-07-01\nclosed_note: 反馈已接受\n',
    );
    const again = yishi(dir, ['supervise', 'close', '2025-07-01-mz']);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('yishi: 未写入:督办文书“2025-07-01-mz”已于 2025-07-01 销号。\n');
    const unknown = yishi(dir, ['supervise', 'reply', '2025-07-01-zm', '--text', '…']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('yishi: 找不到督办文书“2025-07-01-zm”。你是不是想写“2025-07-01-mz”?\n');
  });

  it('audit passes replies and closing, and catches an edited notice with its commit and field', () => {
    const dir = repo();
    expect(yishi(dir, ['supervise', '--unit', 'mz']).status).toBe(0);
    commitAll(dir, 'Notice to mz', undefined, '2025-07-01');
    expect(yishi(dir, ['supervise', 'reply', '2025-07-01-mz', '--text', '正在推进。']).status).toBe(0);
    commitAll(dir, 'Reply', undefined, '2025-07-01');
    expect(yishi(dir, ['audit']).status).toBe(0);
    const text = readFileSync(join(dir, NOTICE), 'utf8');
    const edited = text.replace('reply_by: 2025-07-08', 'reply_by: 2025-07-18');
    expect(edited).not.toBe(text);
    writeFileSync(join(dir, NOTICE), edited);
    const bad = commitAll(dir, 'Later reply date', undefined, '2025-07-02');
    const r = yishi(dir, ['audit', '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { violations: Array<Record<string, unknown>> };
    expect(out.violations).toEqual([
      expect.objectContaining({
        commit: bad,
        file: NOTICE,
        field: 'reply_by',
        kind: 'supervision-changed',
        before: '2025-07-08',
        after: '2025-07-18',
      }),
    ]);
    expect(out.violations[0]!.message).toContain('this commit changes reply_by (2025-07-08 → 2025-07-18)');
  });
});
