// written-review [五(一)]: opinions of a written review.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'written-review';
const FILE = 'meetings/2025/2025-06-10-written.yaml';

/**
 * A written review circulated 2025-06-02, answers due 2025-06-09. `participants: [mz, cz, gaj]` is line 7
 * (mz at column 16, cz 20, gaj 24); response i starts on line 9 + 3i (member at column 13, date 11).
 */
function review(
  responses: Array<[member: string, date: string]>,
  participants: string | null = '[mz, cz, gaj]',
  extra: Files = {},
): BodyFiles {
  const lines = [
    'kind: written',
    'title: 2025年第一次书面审议',
    'date: 2025-06-10',
    'convener: zz',
    'circulated: 2025-06-02',
    'respond_by: 2025-06-09',
  ];
  lines.push(participants === null ? '# participants: every member in office' : `participants: ${participants}`, 'responses:');
  for (const [member, date] of responses) lines.push(`  - member: ${member}`, `    date: ${date}`, '    opinion: agree');
  return smallBody({ [FILE]: lines.join('\n') + '\n', ...extra });
}

function found(files: Files, asOf: string): Array<{ at: string; severity: string }> {
  expect(findingsOf('schema', files, asOf)).toEqual([]);
  return findingsOf(ID, files, asOf).map(({ at, severity }) => ({ at, severity }));
}

describe('written-review', () => {
  describe('valid', () => {
    it('every participant answered once, between circulation and today', () => {
      const files = review([
        ['mz', '2025-06-02'],
        ['cz', '2025-06-12'],
        ['gaj', '2025-06-09'],
      ]);
      expect(found(files, '2025-06-12')).toEqual([]);
    });

    it('a missing opinion is not reported until the day after respond_by', () => {
      const files = review([['mz', '2025-06-03']]);
      expect(found(files, '2025-06-09')).toEqual([]);
    });

    it('leaves an unknown member to the reference check', () => {
      const files = review([
        ['mz', '2025-06-03'],
        ['cz', '2025-06-03'],
        ['gaj', '2025-06-03'],
        ['nosuch', '2025-06-03'],
      ]);
      expect(found(files, '2025-07-01')).toEqual([]);
      expect(findingsOf('reference', files, '2025-07-01').map((f) => f.at)).toEqual([`${FILE}:18:13`]);
    });
  });
});

describe('written-review', () => {
  describe('invalid', () => {
    it('a participant with no opinion after respond_by is a warning, at the participant', () => {
      const files = review([
        ['mz', '2025-06-03'],
        ['cz', '2025-06-04'],
      ]);
      const all = findingsOf(ID, files, '2025-06-10');
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${FILE}:7:24`, severity: 'warning' }]);
      expect(all[0]!.message).toContain('县公安局(gaj)在反馈时限 2025-06-09 前未反馈书面意见');
    });

    it('without participants, every member in office on the meeting date is asked (warnings at respond_by)', () => {
      const files = review(
        [
          ['mz', '2025-06-03'],
          ['cz', '2025-06-04'],
          ['nj', '2025-06-05'],
        ],
        null,
        {
          'members/nj.yaml':
            'role: member\nunit: 县农业农村局\nposition: 副局长\njoined: 2025-07-01\nholders:\n  - name: 示例己\n    from: 2025-07-01\n',
        },
      );
      // zz, fzz and gaj did not answer; nj joined after the meeting and was not asked.
      expect(found(files, '2025-07-01')).toEqual([
        { at: `${FILE}:6:13`, severity: 'warning' },
        { at: `${FILE}:6:13`, severity: 'warning' },
        { at: `${FILE}:6:13`, severity: 'warning' },
        { at: `${FILE}:15:13`, severity: 'error' },
      ]);
    });

    it('an opinion from a member that was not asked', () => {
      const files = review(
        [
          ['mz', '2025-06-03'],
          ['cz', '2025-06-04'],
          ['gaj', '2025-06-04'],
        ],
        '[mz, cz]',
      );
      expect(found(files, '2025-06-08')).toEqual([{ at: `${FILE}:15:13`, severity: 'error' }]);
    });

    it('two opinions from one member', () => {
      const files = review([
        ['mz', '2025-06-03'],
        ['cz', '2025-06-04'],
        ['mz', '2025-06-05'],
      ]);
      expect(found(files, '2025-06-08')).toEqual([{ at: `${FILE}:15:13`, severity: 'error' }]);
    });

    it('an opinion dated before circulation or after today', () => {
      const files = review([
        ['mz', '2025-06-01'],
        ['cz', '2025-06-09'],
      ]);
      expect(found(files, '2025-06-08')).toEqual([
        { at: `${FILE}:10:11`, severity: 'error' },
        { at: `${FILE}:13:11`, severity: 'error' },
      ]);
    });

    it('all warnings at warn, nothing at off', () => {
      const files = review([['mz', '2025-06-01']]);
      files['yishi.yaml'] += 'rules:\n  written-review: warn\n';
      expect(found(files, '2025-06-10')).toEqual([
        { at: `${FILE}:7:20`, severity: 'warning' },
        { at: `${FILE}:7:24`, severity: 'warning' },
        { at: `${FILE}:10:11`, severity: 'warning' },
      ]);
      files['yishi.yaml'] = String(files['yishi.yaml']).replace('written-review: warn', 'written-review: off');
      expect(found(files, '2025-06-10')).toEqual([]);
    });
  });
});
