// extensions: deadlines extended by a later meeting, before they run out, each one later than the last.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'extensions';
const AS_OF = '2025-12-01';
const RES = 'resolutions/2025/2025-03-01-plenary-1.yaml';

const plenary =
  'kind: plenary\ntitle: 2025年第一次全体会议\ndate: 2025-03-01\nlocation: 会议室\nconvener: zz\nrecorder: 示例乙\nproceedings: 讨论。\n';
const written = (date: string): string => `kind: written\ntitle: ${date} 书面审议\ndate: ${date}\nconvener: zz\n`;

const meetings: Files = {
  'meetings/2025/2025-03-01-plenary.yaml': plenary,
  'meetings/2025/2025-02-20-written.yaml': written('2025-02-20'),
  'meetings/2025/2025-03-01-written.yaml': written('2025-03-01'),
  'meetings/2025/2025-06-20-written.yaml': written('2025-06-20'),
  'meetings/2025/2025-06-30-written.yaml': written('2025-06-30'),
  'meetings/2025/2025-07-05-written.yaml': written('2025-07-05'),
  'meetings/2025/2025-09-10-written.yaml': written('2025-09-10'),
  'meetings/2025/2025-12-10-written.yaml': written('2025-12-10'),
};

/** A task due 2025-06-30; extension i starts on line 7 + 3i (due at column 10, granted_by at column 17). */
function task(extensions: Array<[due: string, grantedBy: string]>, due: string | null = '2025-06-30'): BodyFiles {
  const lines = ['meeting: 2025-03-01-plenary', 'no: 1', 'text: 建立困难群众基本信息数据库。', 'lead: mz'];
  lines.push(due === null ? '# no due' : `due: ${due}`, 'extensions:');
  for (const [d, g] of extensions) lines.push(`  - due: ${d}`, `    granted_by: ${g}`, '    reason: 数据共享协议待签署');
  return smallBody({ ...meetings, [RES]: lines.join('\n') + '\n' });
}

function found(files: Files, asOf = AS_OF): Array<{ at: string; severity: string }> {
  expect(findingsOf('schema', files, asOf)).toEqual([]);
  return findingsOf(ID, files, asOf).map(({ at, severity }) => ({ at, severity }));
}

describe('extensions', () => {
  describe('valid', () => {
    it('two extensions, each granted by a later meeting on or before the due date it extends', () => {
      expect(
        found(
          task([
            ['2025-09-30', '2025-06-30-written'],
            ['2025-12-31', '2025-09-10-written'],
          ]),
        ),
      ).toEqual([]);
    });

    it('leaves an unknown granting meeting to the reference check', () => {
      const files = task([['2025-09-30', '2025-06-21-written']]);
      expect(found(files)).toEqual([]);
      expect(findingsOf('reference', files, AS_OF).map((f) => f.at)).toEqual([`${RES}:8:17`]);
    });
  });

  describe('invalid', () => {
    it('granted after the due date it extends: a warning (asked for too late), the rest errors', () => {
      const all = findingsOf(
        ID,
        task([
          ['2025-09-30', '2025-07-05-written'],
          ['2025-09-30', '2025-09-10-written'],
        ]),
        AS_OF,
      );
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([
        { at: `${RES}:8:17`, severity: 'warning' },
        { at: `${RES}:10:10`, severity: 'error' },
      ]);
      expect(all[0]!.message).toContain('晚于被延长的落实时限 2025-06-30');
    });

    it('the warning stays a warning when the rule is at error, and everything is a warning at warn', () => {
      const files = task([
        ['2025-09-30', '2025-07-05-written'],
        ['2025-08-31', '2025-09-10-written'],
      ]);
      expect(found(files)).toEqual([
        { at: `${RES}:8:17`, severity: 'warning' },
        { at: `${RES}:10:10`, severity: 'error' },
      ]);
      files['yishi.yaml'] += 'rules:\n  extensions: warn\n';
      expect(found(files).map((f) => f.severity)).toEqual(['warning', 'warning']);
      files['yishi.yaml'] = String(files['yishi.yaml']).replace('extensions: warn', 'extensions: off');
      expect(found(files)).toEqual([]);
    });

    it('granted by a meeting not after the decision (before it, or the same day)', () => {
      expect(
        found(
          task([
            ['2025-09-30', '2025-02-20-written'],
            ['2025-12-31', '2025-03-01-written'],
          ]),
        ),
      ).toEqual([
        { at: `${RES}:8:17`, severity: 'error' },
        { at: `${RES}:11:17`, severity: 'error' },
      ]);
    });

    it('granted by a meeting that has not been held yet', () => {
      expect(found(task([['2026-03-31', '2025-12-10-written']]), '2025-06-01')).toEqual([{ at: `${RES}:8:17`, severity: 'error' }]);
    });

    it('a new due date not later than the one before', () => {
      expect(found(task([['2025-06-30', '2025-06-20-written']]))).toEqual([{ at: `${RES}:7:10`, severity: 'error' }]);
    });

    it('extensions of a resolution without a due date', () => {
      expect(found(task([['2025-09-30', '2025-06-20-written']], null))).toEqual([{ at: `${RES}:6:1`, severity: 'error' }]);
    });
  });
});
