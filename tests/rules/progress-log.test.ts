// progress-log [五(五)]: the follow-up log of a resolution.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'progress-log';
const AS_OF = '2025-07-01';
const MEETING = 'meetings/2025/2025-03-01-plenary.yaml';
const RES = 'resolutions/2025/2025-03-01-plenary-1.yaml';

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

interface Entry {
  date: string;
  by?: string;
  status: string;
  note?: string;
}

/** A task with progress entries; entry i starts on line 7 + 4i (date at column 11, by 9, status 13). */
function task(entries: Entry[], extra: Files = {}): BodyFiles {
  const lines = ['meeting: 2025-03-01-plenary', 'no: 1', 'text: 建立困难群众基本信息数据库。', 'lead: mz', 'due: 2025-06-30', 'progress:'];
  for (const e of entries) {
    lines.push(`  - date: ${e.date}`);
    lines.push(e.by === undefined ? '    # no by' : `    by: ${e.by}`);
    lines.push(`    status: ${e.status}`);
    lines.push(e.note === undefined ? '    # no note' : `    note: ${e.note}`);
  }
  return smallBody({ [MEETING]: meeting, [RES]: lines.join('\n') + '\n', ...extra });
}

/** The rule's findings, after making sure every record passed its schema (else a rule sees nothing). */
function found(files: Files, asOf = AS_OF): Array<{ at: string; severity: string }> {
  expect(findingsOf('schema', files, asOf)).toEqual([]);
  return findingsOf(ID, files, asOf).map(({ at, severity }) => ({ at, severity }));
}

describe('progress-log', () => {
  describe('valid', () => {
    it('a log in date order from the meeting date up to today, ending in done', () => {
      expect(
        found(
          task([
            { date: '2025-03-01', by: 'mz', status: 'in_progress', note: '已启动。' },
            { date: '2025-04-10', by: 'mz', status: 'blocked', note: '数据共享协议尚未签署,请领导小组协调。' },
            { date: '2025-04-10', by: 'cz', status: 'in_progress', note: '协议已签署。' },
            { date: '2025-07-01', status: 'done', note: '已建成。' },
          ]),
        ),
      ).toEqual([]);
    });

    it('a member that left reports up to the day before its seat ended, its successor afterwards', () => {
      const files = task(
        [
          { date: '2025-03-31', by: 'gaj', status: 'in_progress', note: '已提供接口。' },
          { date: '2025-04-01', by: 'nj', status: 'in_progress', note: '已承接。' },
        ],
        {
          'members/gaj.yaml':
            'role: member\nunit: 县公安局\nposition: 副局长\nholders:\n  - name: 示例戊\n    from: 2024-01-10\n' +
            '    to: 2025-03-31\nleft: 2025-04-01\nsuccessor: nj\n',
          'members/nj.yaml':
            'role: member\nunit: 县农业农村局\nposition: 副局长\njoined: 2025-04-01\nholders:\n  - name: 示例己\n    from: 2025-04-01\n',
        },
      );
      expect(found(files)).toEqual([]);
    });

    it('leaves an unknown `by` to the reference check', () => {
      const files = task([{ date: '2025-04-01', by: 'nosuch', status: 'in_progress', note: '进行中。' }]);
      expect(found(files)).toEqual([]);
      expect(findingsOf('reference', files, AS_OF).map((f) => f.at)).toEqual([`${RES}:8:9`]);
    });
  });
});

describe('progress-log', () => {
  describe('invalid', () => {
    it('an entry dated before the one above it', () => {
      expect(
        found(
          task([
            { date: '2025-04-10', by: 'mz', status: 'in_progress', note: '甲。' },
            { date: '2025-03-20', by: 'mz', status: 'in_progress', note: '乙。' },
          ]),
        ),
      ).toEqual([{ at: `${RES}:11:11`, severity: 'error' }]);
    });

    it('an entry dated before the meeting', () => {
      expect(found(task([{ date: '2025-02-28', by: 'mz', status: 'in_progress', note: '甲。' }]))).toEqual([
        { at: `${RES}:7:11`, severity: 'error' },
      ]);
    });

    it('an entry dated after today', () => {
      expect(found(task([{ date: '2025-07-02', by: 'mz', status: 'in_progress', note: '甲。' }]))).toEqual([
        { at: `${RES}:7:11`, severity: 'error' },
      ]);
    });

    it('`by` was not a member on the date: not yet joined, or on the day its seat ended', () => {
      const files = task(
        [
          { date: '2025-04-01', by: 'gaj', status: 'in_progress', note: '甲。' },
          { date: '2025-04-20', by: 'nj', status: 'in_progress', note: '乙。' },
        ],
        {
          'members/gaj.yaml':
            'role: member\nunit: 县公安局\nposition: 副局长\nholders:\n  - name: 示例戊\n    from: 2024-01-10\n' +
            '    to: 2025-03-31\nleft: 2025-04-01\n',
          'members/nj.yaml':
            'role: member\nunit: 县农业农村局\nposition: 副局长\njoined: 2025-05-01\nholders:\n  - name: 示例己\n    from: 2025-05-01\n',
        },
      );
      const all = findingsOf(ID, files, AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([
        { at: `${RES}:8:9`, severity: 'error' },
        { at: `${RES}:12:9`, severity: 'error' },
      ]);
      expect(all[0]!.message).toContain('县公安局(gaj)在 2025-04-01 不是领导小组成员');
    });

    it('an entry after done', () => {
      expect(
        found(
          task([
            { date: '2025-04-01', by: 'mz', status: 'done', note: '已建成。' },
            { date: '2025-04-10', by: 'mz', status: 'in_progress', note: '补充完善。' },
            { date: '2025-04-20', by: 'mz', status: 'done', note: '再次完成。' },
          ]),
        ),
      ).toEqual([{ at: `${RES}:11:5`, severity: 'error' }]);
    });

    it('a blocked entry without a note', () => {
      const all = findingsOf(ID, task([{ date: '2025-04-01', by: 'mz', status: 'blocked' }]), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${RES}:9:13`, severity: 'error' }]);
      expect(all[0]!.message).toContain('五(五)');
    });

    it('is only a warning when the body sets the rule to warn', () => {
      const files = task([{ date: '2025-04-01', by: 'mz', status: 'blocked' }]);
      files['yishi.yaml'] += 'rules:\n  progress-log: warn\n';
      expect(found(files)).toEqual([{ at: `${RES}:9:13`, severity: 'warning' }]);
    });
  });
});
