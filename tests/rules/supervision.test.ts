// supervision [四(二)]: supervision notices and circulars.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type Files } from '../helpers/folder.js';

const ID = 'supervision';
const AS_OF = '2025-07-01';
const FILE = 'supervision/2025/2025-06-05-mz.yaml';

const meeting = [
  'kind: plenary',
  'title: 2025年第一次全体会议',
  'date: 2025-03-01',
  'location: 会议室',
  'convener: zz',
  'attendees: [zz, fzz, mz, cz, gaj]',
  'recorder: 示例乙',
  'proceedings: 会议讨论了数据库建设。',
  '',
].join('\n');

const written = [
  'kind: written',
  'title: 2025年第一次书面审议',
  'date: 2025-05-20',
  'convener: zz',
  'circulated: 2025-05-20',
  'respond_by: 2025-05-27',
  'participants: [mz, cz]',
  'responses:',
  '  - member: cz',
  '    date: 2025-05-22',
  '    opinion: agree',
  '',
].join('\n');

/** Tasks: -1 lead mz (open), -2 lead cz (done 2025-04-10), -3 a decision, -4 lead old (left 2025-04-01, successor mz). */
const base: Files = {
  'meetings/2025/2025-03-01-plenary.yaml': meeting,
  'meetings/2025/2025-05-20-written.yaml': written,
  'members/old.yaml':
    'role: member\nunit: 县扶贫办\nposition: 主任\norder: 6\n' +
    'holders:\n  - name: 示例己\n    from: 2024-01-10\n    to: 2025-04-01\nleft: 2025-04-01\nsuccessor: mz\n',
  'resolutions/2025/2025-03-01-plenary-1.yaml': 'meeting: 2025-03-01-plenary\nno: 1\ntext: 建库。\nlead: mz\ndue: 2025-05-31\n',
  'resolutions/2025/2025-03-01-plenary-2.yaml':
    'meeting: 2025-03-01-plenary\nno: 2\ntext: 拨付资金。\nlead: cz\ndue: 2025-05-31\n' +
    'progress:\n  - date: 2025-04-10\n    by: cz\n    status: done\n',
  'resolutions/2025/2025-03-01-plenary-3.yaml': 'meeting: 2025-03-01-plenary\nno: 3\ntext: 原则同意工作要点。\n',
  'resolutions/2025/2025-03-01-plenary-4.yaml': 'meeting: 2025-03-01-plenary\nno: 4\ntext: 排查。\nlead: old\ndue: 2025-05-31\n',
};

/**
 * A notice; line 1 kind, 3 date, 4 to, items from line 6 (column 5), then reply_by, signed_by, replies (each
 * 3 lines: date at column 11, by at 9), closed.
 */
interface NoticeOptions {
  to?: string | null;
  items?: string[];
  replyBy?: string;
  replies?: Array<[string, string]>;
  closed?: string;
  kind?: string;
}

function notice(o: NoticeOptions = {}): Files {
  const lines = [`kind: ${o.kind ?? 'notice'}`, 'number: 测困保督〔2025〕1号', 'date: 2025-06-05'];
  lines.push(o.to === null ? '# to: none' : `to: ${o.to ?? 'mz'}`, 'items:');
  for (const item of o.items ?? ['2025-03-01-plenary-1']) lines.push(`  - ${item}`);
  lines.push(`reply_by: ${o.replyBy ?? '2025-06-12'}`, 'signed_by: office');
  if (o.replies) {
    lines.push('replies:');
    for (const [date, by] of o.replies) lines.push(`  - date: ${date}`, `    by: ${by}`, '    text: 已按要求推进。');
  }
  if (o.closed) lines.push(`closed: ${o.closed}`);
  return smallBody({ ...base, [FILE]: lines.join('\n') + '\n' });
}

function found(files: Files, asOf = AS_OF): string[] {
  expect(findingsOf('schema', files, asOf)).toEqual([]);
  expect(findingsOf('reference', files, asOf)).toEqual([]);
  return findingsOf(ID, files, asOf).map(({ at, severity, message }) => `${at} ${severity} ${message}`);
}

describe('supervision', () => {
  describe('valid', () => {
    it("an open task of the unit, a succeeded unit's task, a missing opinion; replies in order; closed", () => {
      const files = notice({
        items: ['2025-03-01-plenary-1', '2025-03-01-plenary-4', '2025-05-20-written'],
        replies: [
          ['2025-06-11', 'mz'],
          ['2025-06-20', 'mz'],
        ],
        closed: '2025-06-30',
      });
      expect(found(files)).toEqual([]);
    });

    it('a circular names open tasks of any unit and has no to', () => {
      expect(found(notice({ kind: 'circular', to: null, items: ['2025-03-01-plenary-1', '2025-03-01-plenary-4'] }))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it("items: another unit's task, a done task, a decision, an answered review", () => {
      const items = ['2025-03-01-plenary-1', '2025-03-01-plenary-2', '2025-03-01-plenary-3', '2025-05-20-written'];
      const files = notice({ to: 'cz', items });
      expect(found(files)).toEqual([
        `${FILE}:6:5 error 任务“2025-03-01-plenary-1”在 2025-06-05 由县民政局(mz)负责,不是督办对象县财政局(cz)的任务。请核对 to 或督办事项 [四(二)]。`,
        `${FILE}:7:5 error 任务“2025-03-01-plenary-2”在 2025-06-05 已办结或已被替代,不再督办 [四(二)]。`,
        `${FILE}:8:5 error “2025-03-01-plenary-3”不是任务(没有牵头单位 lead),不能督办 [四(二)]。`,
        `${FILE}:9:5 error 县财政局(cz)在 2025-06-05 前已对书面审议“2025-05-20-written”反馈意见,或不在征求意见范围内,无需督办 [四(二)]。`,
      ]);
    });

    it('a notice without to; a circular with to', () => {
      expect(found(notice({ to: null }))).toEqual([`${FILE}:1:7 error 督办通知(kind: notice)须写明督办对象 to(成员 id) [四(二)]。`]);
      expect(found(notice({ kind: 'circular' }))).toEqual([
        `${FILE}:4:1 error 督办通报(kind: circular)发给全体成员,不写 to;若只发给一个单位,请改为 kind: notice [四(二)]。`,
      ]);
    });

    it('reply_by and closed before the date; closed after today', () => {
      expect(found(notice({ replyBy: '2025-06-04', closed: '2025-06-01' }))).toEqual([
        `${FILE}:7:11 error 反馈时限 2025-06-04 早于发出日期 2025-06-05 [四(二)]。`,
        `${FILE}:9:9 error 销号日期 2025-06-01 早于发出日期 2025-06-05 [四(二)]。`,
      ]);
      expect(found(notice({ closed: '2025-07-02' }))).toEqual([`${FILE}:9:9 error 销号日期 2025-07-02 晚于今天(2025-07-01) [四(二)]。`]);
    });

    it('replies: by another unit, before the date, out of order, after today', () => {
      const files = notice({
        replies: [
          ['2025-06-04', 'cz'],
          ['2025-06-20', 'mz'],
          ['2025-06-10', 'mz'],
          ['2025-07-05', 'mz'],
        ],
      });
      expect(found(files)).toEqual([
        `${FILE}:10:11 error 反馈日期 2025-06-04 早于督办发出日期 2025-06-05 [四(二)]。`,
        `${FILE}:11:9 error 反馈单位县财政局(cz)不是督办对象县民政局(mz);反馈应由督办对象作出 [四(二)]。`,
        `${FILE}:16:11 error 反馈日期 2025-06-10 早于上一条反馈的 2025-06-20;反馈按日期先后排列,只追加 [四(二)]。`,
        `${FILE}:19:11 error 反馈日期 2025-07-05 晚于今天(2025-07-01) [四(二)]。`,
      ]);
    });

    it('the file lies in the folder of its year; items name tasks or meetings', () => {
      const files = notice({ items: ['2025-03-01-plenary-9'] });
      const moved: Files = { ...files, 'supervision/2024/2025-06-05-mz.yaml': files[FILE]! };
      delete moved[FILE];
      expect(findingsOf('layout', moved).map((f) => `${f.at} ${f.message}`)).toEqual([
        'supervision/2024/2025-06-05-mz.yaml:3:7 督办文书日期在 2025 年,文件却在 supervision/2024/ 中。请移到 supervision/2025/。',
      ]);
      expect(findingsOf('reference', files).map((f) => f.at)).toEqual([`${FILE}:6:5`]);
    });
  });
});
