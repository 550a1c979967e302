// seat-holders [一]: holder and liaison periods in order, never overlapping; an attending seat had a holder.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type Files } from '../helpers/folder.js';

const ID = 'seat-holders';
const AS_OF = '2025-12-31';
const CZ = 'members/cz.yaml';
const MEETING = 'meetings/2025/2025-07-10-m.yaml';

interface P {
  name: string;
  from: string;
  to?: string;
}

/**
 * members/cz.yaml with `holders` (and `liaisons`). Lines 1-3 are role, unit, position; holders: on line 4;
 * period i of the holders starts on line 5 + 3i (`- name` at column 5, from/to values at column 11).
 */
function cz(holders: P[], liaisons?: P[]): string {
  const lines = ['role: member', 'unit: 县财政局', 'position: 副局长', 'holders:'];
  const periods = (ps: P[]): void => {
    for (const p of ps) {
      lines.push(`  - name: ${p.name}`, `    from: ${p.from}`, p.to === undefined ? '    # no to' : `    to: ${p.to}`);
    }
  };
  periods(holders);
  if (liaisons) {
    lines.push('liaisons:');
    periods(liaisons);
  }
  return lines.join('\n') + '\n';
}

/** A meeting on 2025-07-10 of `kind`; its attendees from line 5, one per line (item at column 5). */
function meeting(kind: string, attendees: string[]): string {
  return [
    `kind: ${kind}`,
    'title: 会议',
    'date: 2025-07-10',
    `convener: ${kind === 'liaison' ? 'office' : 'zz'}`,
    'attendees:',
    ...attendees.map((a) => `  - ${a}`),
    '',
  ].join('\n');
}

const found = (files: Files) => findingsOf(ID, files, AS_OF).map(({ at, severity }) => ({ at, severity }));

describe('seat-holders', () => {
  describe('valid', () => {
    it('holders one after another, and a vacancy between them', () => {
      const files = smallBody({
        [CZ]: cz([
          { name: '示例丁', from: '2024-01-10', to: '2025-06-30' },
          { name: '示例戊', from: '2025-07-01', to: '2025-08-31' },
          { name: '示例己', from: '2025-10-01' },
        ]),
      });
      expect(found(files)).toEqual([]);
    });

    it('liaisons handing over', () => {
      const files = smallBody({
        [CZ]: cz(
          [{ name: '示例丁', from: '2024-01-10' }],
          [
            { name: '联络员甲', from: '2024-01-10', to: '2025-06-30' },
            { name: '联络员乙', from: '2025-07-01' },
          ],
        ),
      });
      expect(found(files)).toEqual([]);
    });

    it('a seat attending a meeting on a day it had a holder; at a liaison meeting, a liaison or a named person', () => {
      const files = smallBody({
        [CZ]: cz([{ name: '示例丁', from: '2024-01-10' }], [{ name: '联络员甲', from: '2024-01-10' }]),
        [MEETING]: meeting('liaison', ['cz', '{member: mz, name: 示例某}']),
        'meetings/2025/2025-07-11-m.yaml': meeting('thematic', ['zz', 'cz', 'mz']).replace('2025-07-10', '2025-07-11'),
      });
      expect(found(files)).toEqual([]);
      expect(findingsOf('schema', files, AS_OF)).toEqual([]);
    });
  });
});

describe('seat-holders', () => {
  describe('invalid', () => {
    it('a holder who starts before the previous one ends', () => {
      const files = smallBody({
        [CZ]: cz([
          { name: '示例丁', from: '2024-01-10', to: '2025-06-30' },
          { name: '示例戊', from: '2025-06-30' },
        ]),
      });
      const all = findingsOf(ID, files, AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${CZ}:9:11`, severity: 'error' }]);
      expect(all[0]!.message).toContain('重叠');
    });

    it('an earlier holder without an end date, pointing at that holder', () => {
      const files = smallBody({
        [CZ]: cz([
          { name: '示例丁', from: '2024-01-10' },
          { name: '示例戊', from: '2025-07-01' },
        ]),
      });
      const all = findingsOf(ID, files, AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${CZ}:5:5`, severity: 'error' }]);
      expect(all[0]!.message).toContain('请给 示例丁 填写 to');
    });

    it('holders out of order, and a period that ends before it starts', () => {
      const files = smallBody({
        [CZ]: cz([
          { name: '示例戊', from: '2025-07-01' },
          { name: '示例丁', from: '2024-01-10', to: '2023-06-30' },
        ]),
      });
      expect(found(files)).toEqual([
        { at: `${CZ}:9:11`, severity: 'error' },
        { at: `${CZ}:10:9`, severity: 'error' },
      ]);
    });

    it('overlapping liaisons', () => {
      const files = smallBody({
        [CZ]: cz(
          [{ name: '示例丁', from: '2024-01-10' }],
          [
            { name: '联络员甲', from: '2024-01-10', to: '2025-06-30' },
            { name: '联络员乙', from: '2025-06-01' },
          ],
        ),
      });
      // holders: lines 4-7; liaisons: on line 8, second period's from on line 13.
      expect(found(files)).toEqual([{ at: `${CZ}:13:11`, severity: 'error' }]);
    });

    it('a seat that attended while it had no holder', () => {
      const files = smallBody({
        [CZ]: cz([
          { name: '示例丁', from: '2024-01-10', to: '2025-06-30' },
          { name: '示例戊', from: '2025-08-01' },
        ]),
        [MEETING]: meeting('plenary', ['zz', 'cz']),
      });
      const all = findingsOf(ID, files, AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${MEETING}:7:5`, severity: 'error' }]);
      expect(all[0]!.message).toContain('县财政局(cz)在 2025-07-10 没有在任的担任者');
    });

    it('a seat without a liaison listed at a liaison meeting', () => {
      const files = smallBody({ [MEETING]: meeting('liaison', ['mz', '{member: cz, on_behalf: true}']) });
      expect(found(files)).toEqual([
        { at: `${MEETING}:6:5`, severity: 'error' },
        { at: `${MEETING}:7:5`, severity: 'error' },
      ]);
    });

    it('warn makes the findings warnings; off silences them', () => {
      const files = smallBody({ [MEETING]: meeting('liaison', ['mz']) });
      expect(found({ ...files, 'yishi.yaml': files['yishi.yaml'] + 'rules:\n  seat-holders: warn\n' })).toEqual([
        { at: `${MEETING}:6:5`, severity: 'warning' },
      ]);
      expect(found({ ...files, 'yishi.yaml': files['yishi.yaml'] + 'rules:\n  seat-holders: off\n' })).toEqual([]);
    });
  });
});
