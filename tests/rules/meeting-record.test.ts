// meeting-record [六(二)]: a held meeting has its record.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'meeting-record';
const AS_OF = '2025-07-01';
const FILE = 'meetings/2025/2025-03-01-m.yaml';

const RECORD = [
  'location: 县政府三楼会议室',
  'attendees: [zz, fzz, mz, cz, gaj]',
  'recorder: 示例乙',
  'proceedings: 会议听取了汇报并议定了事项。',
];
const WRITTEN = ['circulated: 2025-02-20', 'respond_by: 2025-02-27', 'participants: [mz, cz, gaj]'];

/** A meeting: lines 1-4 are kind, title, date and convener; `lines` start on line 5. */
function meeting(kind: string, lines: string[], date = '2025-03-01'): BodyFiles {
  return smallBody({ [FILE]: [`kind: ${kind}`, 'title: 会议', `date: ${date}`, 'convener: zz', ...lines, ''].join('\n') });
}

const without = (lines: string[], ...keys: string[]): string[] => lines.filter((l) => !keys.some((k) => l.startsWith(`${k}:`)));

const found = (files: Files) => findingsOf(ID, files, AS_OF).map(({ at, severity }) => ({ at, severity }));

describe('meeting-record', () => {
  describe('valid', () => {
    it('a held plenary, thematic or liaison meeting with location, attendees, proceedings and recorder', () => {
      expect(found(meeting('plenary', RECORD))).toEqual([]);
      expect(found(meeting('thematic', RECORD))).toEqual([]);
      expect(found(meeting('liaison', RECORD))).toEqual([]);
    });

    it('a written review with circulated, respond_by and participants (no location needed)', () => {
      expect(found(meeting('written', WRITTEN))).toEqual([]);
    });

    it('a planned meeting has no record yet', () => {
      expect(found(meeting('plenary', [], '2025-09-01'))).toEqual([]);
      expect(found(meeting('written', [], '2025-09-01'))).toEqual([]);
    });

    it('a meeting held today must be recorded, but respond_by may equal circulated', () => {
      expect(found(meeting('plenary', RECORD, AS_OF))).toEqual([]);
      expect(found(meeting('written', ['circulated: 2025-02-20', 'respond_by: 2025-02-20', 'participants: [mz]']))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a held plenary without location and recorder: one finding naming both, at the top of the record', () => {
      const all = findingsOf(ID, meeting('plenary', without(RECORD, 'location', 'recorder')), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${FILE}:1:1`, severity: 'error' }]);
      expect(all[0]!.message).toContain('地点(location)、记录人(recorder)');
      expect(all[0]!.message).toContain('六(二)');
    });

    it('a liaison meeting without proceedings', () => {
      expect(found(meeting('liaison', without(RECORD, 'proceedings')))).toEqual([{ at: `${FILE}:1:1`, severity: 'error' }]);
    });

    it('an empty list of attendees', () => {
      expect(found(meeting('thematic', [...without(RECORD, 'attendees'), 'attendees: []']))).toEqual([
        { at: `${FILE}:8:12`, severity: 'error' },
      ]);
    });

    it('a written review without participants', () => {
      const all = findingsOf(ID, meeting('written', without(WRITTEN, 'participants')), AS_OF);
      expect(all.map(({ at }) => at)).toEqual([`${FILE}:1:1`]);
      expect(all[0]!.message).toContain('participants');
    });

    it('a written review without circulated asks for that alone, not for the list of participants it has', () => {
      const all = findingsOf(ID, meeting('written', without(WRITTEN, 'circulated')), AS_OF);
      expect(all).toEqual([
        {
          at: `${FILE}:1:1`,
          severity: 'error',
          message: '这次书面审议的记录缺少:送审日期(circulated)。请补齐,以便核对哪些成员单位按时反馈了意见 [六(二)]。',
        },
      ]);
    });

    it('respond_by before circulated, and circulated after the decision', () => {
      expect(found(meeting('written', ['circulated: 2025-03-05', 'respond_by: 2025-03-02', 'participants: [mz]']))).toEqual([
        { at: `${FILE}:5:13`, severity: 'error' },
        { at: `${FILE}:6:13`, severity: 'error' },
      ]);
    });

    it('warn makes it a warning; off silences it', () => {
      const files = meeting('plenary', []);
      files['yishi.yaml'] += 'rules:\n  meeting-record: { severity: warn }\n';
      expect(found(files)).toEqual([{ at: `${FILE}:1:1`, severity: 'warning' }]);
      files['yishi.yaml'] = files['yishi.yaml'].toString().replace('{ severity: warn }', 'off');
      expect(found(files)).toEqual([]);
    });
  });
});
