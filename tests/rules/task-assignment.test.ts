// task-assignment [五(四)]: lead, responsible and cooperating units and a due date for decided work.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'task-assignment';
const AS_OF = '2025-07-01';
const MEETING = 'meetings/2025/2025-03-01-plenary.yaml';
const RES = 'resolutions/2025/2025-03-01-plenary-1.yaml';
const RES2 = 'resolutions/2025/2025-03-01-plenary-2.yaml';

const meeting = 'kind: plenary\ntitle: 2025年第一次全体会议\ndate: 2025-03-01\nconvener: zz\n';

/** A resolution of the meeting: lines 1-3 are meeting, no and text; `lines` start on line 4. */
function resolution(lines: string[], no = 1): string {
  return ['meeting: 2025-03-01-plenary', `no: ${no}`, 'text: 会议议定的事项。', ...lines, ''].join('\n');
}

function files(lines: string[], extra: Files = {}): BodyFiles {
  return smallBody({ [MEETING]: meeting, [RES]: resolution(lines), ...extra });
}

const found = (f: Files) => findingsOf(ID, f, AS_OF).map(({ at, severity }) => ({ at, severity }));

describe('task-assignment', () => {
  describe('valid', () => {
    it('a task with lead, responsible and cooperating units and a due date', () => {
      expect(found(files(['lead: mz', 'responsible: [cz]', 'cooperating: [gaj]', 'due: 2025-06-30']))).toEqual([]);
    });

    it('a decision with nothing to carry out names no units and no date', () => {
      expect(found(files([]))).toEqual([]);
    });

    it('a due date on the day of the meeting', () => {
      expect(found(files(['lead: mz', 'due: 2025-03-01']))).toEqual([]);
    });

    it('two resolutions of one meeting with different numbers', () => {
      expect(found(files(['lead: mz', 'due: 2025-06-30'], { [RES2]: resolution(['lead: cz', 'due: 2025-06-30'], 2) }))).toEqual([]);
    });

    it('leaves unknown units and meetings to the reference check', () => {
      expect(found(files(['lead: nosuch', 'cooperating: [nobody]', 'due: 2025-06-30']))).toEqual([]);
      expect(found(smallBody({ [RES]: resolution(['lead: mz', 'due: 2020-01-01']) }))).toEqual([]);
    });
  });
});

describe('task-assignment', () => {
  describe('invalid', () => {
    it('responsible units without a lead, at the responsible key', () => {
      const all = findingsOf(ID, files(['responsible: [cz]', 'due: 2025-06-30']), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${RES}:4:1`, severity: 'error' }]);
      expect(all[0]!.message).toContain('请填写 lead');
      expect(all[0]!.message).toContain('五(四)');
    });

    it('a due date alone, without a lead', () => {
      expect(found(files(['due: 2025-06-30']))).toEqual([{ at: `${RES}:4:1`, severity: 'error' }]);
    });

    it('a lead without a due date, at the lead key', () => {
      expect(found(files(['lead: mz', 'cooperating: [cz]']))).toEqual([{ at: `${RES}:4:1`, severity: 'error' }]);
    });

    it('the lead also responsible or cooperating, and a unit listed twice', () => {
      expect(found(files(['lead: mz', 'responsible: [cz, mz]', 'cooperating: [gaj, cz]', 'due: 2025-06-30']))).toEqual([
        { at: `${RES}:5:19`, severity: 'error' },
        { at: `${RES}:6:20`, severity: 'error' },
      ]);
    });

    it('a due date before the meeting', () => {
      expect(found(files(['lead: mz', 'due: 2025-02-28']))).toEqual([{ at: `${RES}:5:6`, severity: 'error' }]);
    });

    it('a unit that was not a member on the meeting date', () => {
      const extra = {
        'members/nj.yaml':
          'role: member\nunit: 县农业农村局\nposition: 副局长\njoined: 2025-04-01\nholders:\n  - name: 示例己\n    from: 2025-04-01\n',
      };
      const all = findingsOf(ID, files(['lead: nj', 'cooperating: [cz]', 'due: 2025-06-30'], extra), AS_OF);
      expect(all.map(({ at }) => at)).toEqual([`${RES}:4:7`]);
      expect(all[0]!.message).toContain('该席位 2025-04-01 才加入领导小组');
      const member = findingsOf(ID, files(['lead: mz', 'cooperating: [cz, nj]', 'due: 2025-06-30'], extra), AS_OF);
      expect(member.map(({ at }) => at)).toEqual([`${RES}:5:19`]);
    });

    it('two resolutions of one meeting with the same no, at the second', () => {
      const f = files(['lead: mz', 'due: 2025-06-30'], { [RES2]: resolution([], 1) });
      const all = findingsOf(ID, f, AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${RES2}:2:5`, severity: 'error' }]);
      expect(all[0]!.message).toContain(RES);
    });

    it('superseded by itself or by a resolution decided before it, at superseded_by; a later one is fine', () => {
      const earlier = {
        'meetings/2025/2025-02-01-thematic.yaml': 'kind: thematic\ntitle: 专题会议\ndate: 2025-02-01\nconvener: zz\n',
        'resolutions/2025/2025-02-01-thematic-1.yaml':
          'meeting: 2025-02-01-thematic\nno: 1\ntext: 早先议定的事项。\nlead: cz\ndue: 2025-06-30\nsuperseded_by: 2025-03-01-plenary-1\n',
      };
      expect(found(files(['lead: mz', 'due: 2025-06-30'], earlier))).toEqual([]);
      expect(found(files(['lead: mz', 'due: 2025-06-30', 'superseded_by: 2025-03-01-plenary-1']))).toEqual([
        { at: `${RES}:6:16`, severity: 'error' },
      ]);
      const back = findingsOf(ID, files(['lead: mz', 'due: 2025-06-30', 'superseded_by: 2025-02-01-thematic-1'], earlier), AS_OF);
      expect(back.map(({ at }) => at)).toEqual([`${RES}:6:16`]);
      expect(back[0]!.message).toContain('2025-02-01');
    });

    it('warn makes the findings warnings; off silences them', () => {
      const f = files(['lead: mz']);
      expect(found({ ...f, 'yishi.yaml': f['yishi.yaml'] + 'rules:\n  task-assignment: warn\n' })).toEqual([
        { at: `${RES}:4:1`, severity: 'warning' },
      ]);
      expect(found({ ...f, 'yishi.yaml': f['yishi.yaml'] + 'rules:\n  task-assignment: off\n' })).toEqual([]);
    });
  });
});
