// approval [六(一)]: decisions submitted upward for approval.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'approval';
const AS_OF = '2025-07-01';
const RES = 'resolutions/2025/2025-03-01-plenary-1.yaml';
const plenary =
  'kind: plenary\ntitle: 2025年第一次全体会议\ndate: 2025-03-01\nlocation: 会议室\nconvener: zz\nrecorder: 示例乙\nproceedings: 讨论。\n';

/** `status` is on line 8 (value at column 11), `date` on line 9 (column 9). */
function resolution(status: string, date?: string): BodyFiles {
  const text = [
    'meeting: 2025-03-01-plenary',
    'no: 1',
    'text: 调整城乡最低生活保障标准。',
    'lead: mz',
    'due: 2025-06-30',
    'approval:',
    '  to: 县人民政府常务会议',
    `  status: ${status}`,
    date ? `  date: ${date}` : '  # no date',
  ].join('\n');
  return smallBody({ 'meetings/2025/2025-03-01-plenary.yaml': plenary, [RES]: text + '\n' });
}

function found(files: Files, asOf = AS_OF): Array<{ at: string; severity: string }> {
  expect(findingsOf('schema', files, asOf)).toEqual([]);
  return findingsOf(ID, files, asOf).map(({ at, severity }) => ({ at, severity }));
}

describe('approval', () => {
  describe('valid', () => {
    it('approved or rejected on a date from the meeting up to today', () => {
      expect(found(resolution('approved', '2025-03-01'))).toEqual([]);
      expect(found(resolution('rejected', '2025-07-01'))).toEqual([]);
    });

    it('pending, with or without the date it was submitted', () => {
      expect(found(resolution('pending'))).toEqual([]);
      expect(found(resolution('pending', '2025-03-05'))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('approved or rejected without a date, at the status', () => {
      const all = findingsOf(ID, resolution('approved'), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${RES}:8:11`, severity: 'error' }]);
      expect(all[0]!.message).toContain('六(一)');
      expect(found(resolution('rejected'))).toEqual([{ at: `${RES}:8:11`, severity: 'error' }]);
    });

    it('a date before the meeting (decided or pending)', () => {
      expect(found(resolution('approved', '2025-02-28'))).toEqual([{ at: `${RES}:9:9`, severity: 'error' }]);
      expect(found(resolution('pending', '2025-02-28'))).toEqual([{ at: `${RES}:9:9`, severity: 'error' }]);
    });

    it('a decision dated after today', () => {
      expect(found(resolution('approved', '2025-07-02'))).toEqual([{ at: `${RES}:9:9`, severity: 'error' }]);
    });

    it('warnings at warn', () => {
      const files = resolution('approved');
      files['yishi.yaml'] += 'rules:\n  approval: warn\n';
      expect(found(files)).toEqual([{ at: `${RES}:8:11`, severity: 'warning' }]);
    });
  });
});
