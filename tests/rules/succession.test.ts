// succession [一]: successors of seats that ended.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type Files } from '../helpers/folder.js';

const ID = 'succession';
const AS_OF = '2025-07-01';

/** A seat; with `left`, its `successor:` is on line 8, value at column 12. */
function seat(unit: string, opts: { joined?: string; left?: string; successor?: string } = {}): string {
  const lines = [
    'role: member',
    `unit: ${unit}`,
    'position: 副局长',
    'holders:',
    '  - name: 示例庚',
    `    from: ${opts.joined ?? '2024-01-10'}`,
  ];
  if (opts.left) lines.push(`left: ${opts.left}`);
  if (opts.successor) lines.push(`successor: ${opts.successor}`);
  if (opts.joined) lines.push(`joined: ${opts.joined}`);
  return lines.join('\n') + '\n';
}

function found(files: Files, asOf = AS_OF): Array<{ at: string; severity: string }> {
  expect(findingsOf('schema', files, asOf)).toEqual([]);
  return findingsOf(ID, files, asOf).map(({ at, severity }) => ({ at, severity }));
}

describe('succession', () => {
  describe('valid', () => {
    it('a successor that joined on the day its predecessor left, and a chain of two', () => {
      const files = smallBody({
        'members/xz.yaml': seat('县乡村振兴局', { left: '2025-03-01', successor: 'nj' }),
        'members/nj.yaml': seat('县农业农村局', { joined: '2025-03-01', left: '2025-06-01', successor: 'ny' }),
        'members/ny.yaml': seat('县农业农村和科技局', { joined: '2025-05-01' }),
      });
      expect(found(files)).toEqual([]);
    });

    it('a seat that ended without a successor', () => {
      expect(found(smallBody({ 'members/xz.yaml': seat('县乡村振兴局', { left: '2025-03-01' }) }))).toEqual([]);
    });

    it('leaves an unknown successor to the reference check', () => {
      const files = smallBody({ 'members/xz.yaml': seat('县乡村振兴局', { left: '2025-03-01', successor: 'nosuch' }) });
      expect(found(files)).toEqual([]);
      expect(findingsOf('reference', files, AS_OF).map((f) => f.at)).toEqual(['members/xz.yaml:8:12']);
    });
  });

  describe('invalid', () => {
    it('a successor that joined after the predecessor left', () => {
      const files = smallBody({
        'members/xz.yaml': seat('县乡村振兴局', { left: '2025-03-01', successor: 'nj' }),
        'members/nj.yaml': seat('县农业农村局', { joined: '2025-03-02' }),
      });
      const all = findingsOf(ID, files, AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: 'members/xz.yaml:8:12', severity: 'error' }]);
      expect(all[0]!.message).toContain('县农业农村局(nj)于 2025-03-02 才加入');
    });

    it('a successor whose own seat had ended by then', () => {
      const files = smallBody({
        'members/xz.yaml': seat('县乡村振兴局', { left: '2025-03-01', successor: 'nj' }),
        'members/nj.yaml': seat('县农业农村局', { left: '2025-03-01' }),
      });
      expect(found(files)).toEqual([{ at: 'members/xz.yaml:8:12', severity: 'error' }]);
    });

    it('a seat that succeeds itself', () => {
      const files = smallBody({ 'members/xz.yaml': seat('县乡村振兴局', { left: '2025-03-01', successor: 'xz' }) });
      expect(found(files)).toEqual([{ at: 'members/xz.yaml:8:12', severity: 'error' }]);
    });

    it('a cycle is reported at every member of it', () => {
      const files = smallBody({
        'members/aa.yaml': seat('县甲局', { left: '2025-03-01', successor: 'bb' }),
        'members/bb.yaml': seat('县乙局', { left: '2025-06-01', successor: 'aa' }),
      });
      const all = findingsOf(ID, files, AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([
        { at: 'members/aa.yaml:8:12', severity: 'error' },
        // bb also names a successor that had already left (aa, on 2025-03-01).
        { at: 'members/bb.yaml:8:12', severity: 'error' },
        { at: 'members/bb.yaml:8:12', severity: 'error' },
      ]);
      expect(all[0]!.message).toContain('县甲局(aa) → 县乙局(bb) → 县甲局(aa)');
    });

    it('warnings at warn', () => {
      const files = smallBody({ 'members/xz.yaml': seat('县乡村振兴局', { left: '2025-03-01', successor: 'xz' }) });
      files['yishi.yaml'] += 'rules:\n  succession: warn\n';
      expect(found(files)).toEqual([{ at: 'members/xz.yaml:8:12', severity: 'warning' }]);
    });
  });
});
