// convener-authority [五(一), 三(三)]: who may convene, chair, and sign the minutes.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'convener-authority';
const AS_OF = '2025-07-01';
const FILE = 'meetings/2025/2025-03-01-m.yaml';

/**
 * A meeting of `kind` convened by `convener`; then `lines` as given. Line 4 is `convener: <id>` (value at
 * column 11); the extra lines start on line 5.
 */
function meeting(kind: string, convener: string, lines: string[] = [], extra: Files = {}): BodyFiles {
  const text = [`kind: ${kind}`, 'title: 会议', 'date: 2025-03-01', `convener: ${convener}`, ...lines, ''].join('\n');
  return smallBody({ [FILE]: text, ...extra });
}

/** Issued minutes signed by `id`, starting on line 5 + offset; signed_by on its 5th line, value at column 14. */
const minutes = (id: string): string[] => [
  'minutes:',
  '  status: issued',
  '  number: 测困保纪〔2025〕1号',
  '  issued: 2025-03-05',
  `  signed_by: ${id}`,
];

const found = (files: Files) => findingsOf(ID, files, AS_OF).map(({ at, severity }) => ({ at, severity }));

describe('convener-authority', () => {
  describe('valid', () => {
    it('the leader convenes a plenary meeting and signs its minutes', () => {
      expect(found(meeting('plenary', 'zz', minutes('zz')))).toEqual([]);
    });

    it("a deputy convenes a thematic meeting and a written review on the leader's delegation", () => {
      expect(found(meeting('thematic', 'fzz', ['delegated: true', 'chair: fzz', ...minutes('fzz')]))).toEqual([]);
      expect(found(meeting('written', 'fzz', ['delegated: true']))).toEqual([]);
    });

    it('the office convenes a liaison meeting; a deputy signs its minutes', () => {
      expect(found(meeting('liaison', 'office', ['chair: office', ...minutes('fzz')]))).toEqual([]);
    });

    it('a deputy chairs a meeting the leader convened', () => {
      expect(found(meeting('plenary', 'zz', ['chair: fzz']))).toEqual([]);
    });

    it('draft minutes are not checked for a signer', () => {
      expect(found(meeting('plenary', 'zz', ['minutes:', '  status: draft', '  signed_by: mz']))).toEqual([]);
    });

    it('leaves an unknown convener to the reference check', () => {
      const files = meeting('plenary', 'zzz');
      expect(found(files)).toEqual([]);
      expect(findingsOf('reference', files, AS_OF).map((f) => f.at)).toEqual([`${FILE}:4:11`]);
    });
  });

  describe('invalid', () => {
    it('a deputy without delegated: true', () => {
      const all = findingsOf(ID, meeting('plenary', 'fzz'), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${FILE}:4:11`, severity: 'error' }]);
      expect(all[0]!.message).toContain('delegated: true');
      expect(all[0]!.message).toContain('五(一)');
    });

    it('delegated: false is not a delegation', () => {
      expect(found(meeting('written', 'fzz', ['delegated: false']))).toEqual([{ at: `${FILE}:4:11`, severity: 'error' }]);
    });

    it('a member unit cannot convene, delegated or not', () => {
      expect(found(meeting('thematic', 'mz', ['delegated: true']))).toEqual([{ at: `${FILE}:4:11`, severity: 'error' }]);
    });

    it('the office convenes only liaison meetings', () => {
      expect(found(meeting('plenary', 'office'))).toEqual([{ at: `${FILE}:4:11`, severity: 'error' }]);
    });

    it('a liaison meeting is convened by office, not a member', () => {
      expect(found(meeting('liaison', 'mz'))).toEqual([{ at: `${FILE}:4:11`, severity: 'error' }]);
    });

    it('a leader whose seat had ended', () => {
      const files = meeting('plenary', 'zz', [], {
        'members/zz.yaml':
          'role: leader\nunit: 县人民政府\nposition: 副县长\nholders:\n  - name: 示例甲\n    from: 2024-01-10\n    to: 2025-01-31\nleft: 2025-02-01\n',
      });
      expect(found(files)).toEqual([{ at: `${FILE}:4:11`, severity: 'error' }]);
    });

    it('delegated: true on a meeting the leader convened is a warning', () => {
      expect(found(meeting('plenary', 'zz', ['delegated: true']))).toEqual([{ at: `${FILE}:5:12`, severity: 'warning' }]);
    });

    it('a member unit or the office cannot chair a plenary or thematic meeting [三(三)]', () => {
      expect(found(meeting('plenary', 'zz', ['chair: mz']))).toEqual([{ at: `${FILE}:5:8`, severity: 'error' }]);
      expect(found(meeting('thematic', 'zz', ['chair: office']))).toEqual([{ at: `${FILE}:5:8`, severity: 'error' }]);
    });

    it('issued minutes signed by a member unit', () => {
      expect(found(meeting('liaison', 'office', minutes('mz')))).toEqual([{ at: `${FILE}:9:14`, severity: 'error' }]);
    });

    it('warn turns every finding into a warning', () => {
      const files = meeting('plenary', 'fzz', minutes('mz'));
      files['yishi.yaml'] += 'rules:\n  convener-authority: warn\n';
      expect(found(files)).toEqual([
        { at: `${FILE}:4:11`, severity: 'warning' },
        { at: `${FILE}:9:14`, severity: 'warning' },
      ]);
    });
  });
});
