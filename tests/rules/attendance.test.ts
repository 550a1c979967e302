// attendance: attendees, absentees and participants were members on the meeting date; nobody present and
// absent; a plenary accounts for every member in office (warning).
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'attendance';
const AS_OF = '2025-07-01';
const FILE = 'meetings/2025/2025-03-01-m.yaml';

/** A meeting on 2025-03-01: lines 1-4 are kind, title, date and convener; `lines` start on line 5. */
function meeting(kind: string, lines: string[], extra: Files = {}, date = '2025-03-01'): BodyFiles {
  return smallBody({ [FILE]: [`kind: ${kind}`, 'title: 会议', `date: ${date}`, 'convener: zz', ...lines, ''].join('\n'), ...extra });
}

/** gaj's seat ended on 2025-02-01 and nj took over; nj joined on 2025-02-01. */
const SUCCESSION: Files = {
  'members/gaj.yaml':
    'role: member\nunit: 县公安局\nposition: 副局长\nholders:\n  - name: 示例戊\n    from: 2024-01-10\n' +
    '    to: 2025-01-31\nleft: 2025-02-01\nsuccessor: nj\n',
  'members/nj.yaml':
    'role: member\nunit: 县农业农村局\nposition: 副局长\njoined: 2025-02-01\nholders:\n  - name: 示例己\n    from: 2025-02-01\n',
};

const found = (files: Files) => findingsOf(ID, files, AS_OF).map(({ at, severity }) => ({ at, severity }));

describe('attendance', () => {
  describe('valid', () => {
    it('a plenary accounting for every member in office, with someone attending on behalf', () => {
      const lines = [
        'attendees:',
        '  - zz',
        '  - fzz',
        '  - member: cz',
        '    name: 示例某',
        '    on_behalf: true',
        '  - gaj',
        'absent:',
        '  - member: mz',
        '    reason: 出差',
      ];
      expect(found(meeting('plenary', lines))).toEqual([]);
      expect(findingsOf('schema', meeting('plenary', lines), AS_OF)).toEqual([]);
    });

    it('a seat that ended is not expected; its successor is', () => {
      expect(found(meeting('plenary', ['attendees: [zz, fzz, mz, cz, nj]'], SUCCESSION))).toEqual([]);
    });

    it('a thematic meeting may invite only some members', () => {
      expect(found(meeting('thematic', ['attendees: [fzz, mz]']))).toEqual([]);
    });

    it('a planned plenary is not yet expected to account for everyone', () => {
      expect(found(meeting('plenary', ['attendees: [zz]'], {}, '2025-09-01'))).toEqual([]);
    });

    it('participants of a written review in office on the date', () => {
      expect(found(meeting('written', ['participants: [mz, cz, nj]'], SUCCESSION))).toEqual([]);
    });

    it('leaves unknown ids to the reference check', () => {
      expect(found(meeting('thematic', ['attendees: [zz, nosuch]']))).toEqual([]);
    });
  });
});

describe('attendance', () => {
  describe('invalid', () => {
    it('an attendee whose seat had ended, pointing at the list item and naming the successor', () => {
      const all = findingsOf(ID, meeting('thematic', ['attendees:', '  - mz', '  - gaj'], SUCCESSION), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${FILE}:7:5`, severity: 'error' }]);
      expect(all[0]!.message).toContain('该席位已于 2025-02-01 撤销');
      expect(all[0]!.message).toContain('县农业农村局(nj)');
    });

    it('an entry for someone attending for a seat not yet joined points at its member', () => {
      const files = meeting('thematic', ['attendees:', '  - member: nj', '    name: 示例某'], {
        'members/nj.yaml':
          'role: member\nunit: 县农业农村局\nposition: 副局长\njoined: 2025-04-01\nholders:\n  - name: 示例己\n    from: 2025-04-01\n',
      });
      expect(found(files)).toEqual([{ at: `${FILE}:6:13`, severity: 'error' }]);
    });

    it('an absentee and a participant not in office', () => {
      expect(found(meeting('thematic', ['attendees: [mz]', 'absent:', '  - member: gaj', '    reason: 出差'], SUCCESSION))).toEqual([
        { at: `${FILE}:7:13`, severity: 'error' },
      ]);
      expect(found(meeting('written', ['participants: [mz, gaj]'], SUCCESSION))).toEqual([{ at: `${FILE}:5:20`, severity: 'error' }]);
    });

    it('both present and absent, pointing at the absence', () => {
      expect(found(meeting('thematic', ['attendees: [zz, mz]', 'absent:', '  - member: mz', '    reason: 出差']))).toEqual([
        { at: `${FILE}:7:13`, severity: 'error' },
      ]);
    });

    it('listed twice', () => {
      expect(found(meeting('thematic', ['attendees: [zz, mz, mz]']))).toEqual([{ at: `${FILE}:5:21`, severity: 'error' }]);
    });

    it('a held plenary that does not account for every member in office is a warning at attendees', () => {
      const all = findingsOf(ID, meeting('plenary', ['attendees: [zz, fzz]', 'absent:', '  - member: cz', '    reason: 出差']), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${FILE}:5:1`, severity: 'warning' }]);
      expect(all[0]!.message).toContain('县民政局(mz)、县公安局(gaj)');
    });

    it('off silences it; warn makes everything a warning', () => {
      const files = meeting('plenary', ['attendees: [zz, fzz, mz, gaj]', 'absent:', '  - member: gaj', '    reason: 出差']);
      expect(found(files)).toEqual([
        { at: `${FILE}:5:1`, severity: 'warning' },
        { at: `${FILE}:7:13`, severity: 'error' },
      ]);
      const off = { ...files, 'yishi.yaml': files['yishi.yaml'] + 'rules:\n  attendance: off\n' };
      expect(found(off)).toEqual([]);
      const warn = { ...files, 'yishi.yaml': files['yishi.yaml'] + 'rules:\n  attendance: warn\n' };
      expect(found(warn)).toEqual([
        { at: `${FILE}:5:1`, severity: 'warning' },
        { at: `${FILE}:7:13`, severity: 'warning' },
      ]);
    });
  });
});
