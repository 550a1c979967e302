// duty-coverage [二]: every member in office has a duty statement in force; duty periods of one holder do not overlap.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'duty-coverage';
const AS_OF = '2025-07-01';

const duty = (holder: string, from = '2024-01-10', to?: string): string =>
  `holder: ${holder}\nfrom: ${from}\n${to ? `to: ${to}\n` : ''}text: 按照职责分工做好困难群众基本生活保障工作。\n`;

/** smallBody plus a township member td, with every member covered. */
function covered(extra: Files = {}): BodyFiles {
  return smallBody({
    'members/td.yaml': 'role: member\nunit: 通甸镇\nposition: 副镇长\nlevel: township\nholders:\n  - name: 示例庚\n    from: 2024-01-10\n',
    'duties/group.yaml': duty('group'),
    'duties/townships.yaml': duty('townships'),
    'duties/mz.yaml': duty('mz'),
    'duties/cz.yaml': duty('cz'),
    'duties/gaj.yaml': duty('gaj'),
    ...extra,
  });
}

function without<T extends Files>(files: T, ...paths: string[]): T {
  const copy = { ...files };
  for (const p of paths) delete copy[p];
  return copy;
}

function found(files: Files, asOf = AS_OF): Array<{ at: string; severity: string }> {
  expect(findingsOf('schema', files, asOf)).toEqual([]);
  return findingsOf(ID, files, asOf).map(({ at, severity }) => ({ at, severity }));
}

describe('duty-coverage', () => {
  describe('valid', () => {
    it('leader and deputy through group, the township through townships, the others through their own', () => {
      expect(found(covered())).toEqual([]);
    });

    it('a township with a statement of its own; successive statements that meet without overlapping', () => {
      const files = covered({
        'duties/townships.yaml': duty('townships', '2024-01-10', '2024-12-31'),
        'duties/td.yaml': duty('td', '2025-01-01'),
        'duties/gaj.yaml': duty('gaj', '2024-01-10', '2025-03-31'),
        'duties/gaj-2025.yaml': duty('gaj', '2025-04-01'),
      });
      expect(found(files)).toEqual([]);
    });

    it('a member not in office today needs no statement in force (left, or not yet joined)', () => {
      const files = covered({
        'members/gaj.yaml':
          'role: member\nunit: 县公安局\nposition: 副局长\nholders:\n  - name: 示例戊\n    from: 2024-01-10\n    to: 2025-06-30\nleft: 2025-07-01\n',
        'duties/gaj.yaml': duty('gaj', '2024-01-10', '2025-06-30'),
        'members/nj.yaml':
          'role: member\nunit: 县农业农村局\nposition: 副局长\njoined: 2025-07-02\nholders:\n  - name: 示例己\n    from: 2025-07-02\n',
      });
      expect(found(files)).toEqual([]);
    });
  });

  describe('a duty file that cannot be read', () => {
    it('is reported by the schema, and no member is reported as lacking a duty it may hold', () => {
      const files = covered({ 'duties/cz.yaml': 'holder: cz\nfrom: 2024-01-10\ntxt: 落实保障资金。\n' });
      expect(findingsOf('schema', files, AS_OF).map((f) => f.at)).toEqual(['duties/cz.yaml:1:1', 'duties/cz.yaml:3:1']);
      expect(findingsOf(ID, files, AS_OF)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a county member without a statement, at its unit', () => {
      const all = findingsOf(ID, without(covered(), 'duties/gaj.yaml'), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: 'members/gaj.yaml:2:7', severity: 'error' }]);
      expect(all[0]!.message).toContain('县公安局(gaj)今天(2025-07-01)没有现行有效的职责');
    });

    it('the leader and the deputy without a group statement, at their role', () => {
      expect(found(without(covered(), 'duties/group.yaml'))).toEqual([
        { at: 'members/fzz.yaml:1:7', severity: 'error' },
        { at: 'members/zz.yaml:1:7', severity: 'error' },
      ]);
    });

    it('a township without a townships statement, at its level', () => {
      expect(found(without(covered(), 'duties/townships.yaml'))).toEqual([{ at: 'members/td.yaml:4:8', severity: 'error' }]);
    });

    it('a statement no longer in force today', () => {
      const files = covered({ 'duties/cz.yaml': duty('cz', '2024-01-10', '2025-06-30') });
      expect(found(files)).toEqual([{ at: 'members/cz.yaml:2:7', severity: 'error' }]);
      expect(found(files, '2025-06-30')).toEqual([]);
    });

    it('overlapping statements of one holder (periods are inclusive), at the later one', () => {
      const files = covered({
        'duties/mz.yaml': duty('mz', '2024-01-10', '2025-01-01'),
        'duties/mz-2025.yaml': duty('mz', '2025-01-01'),
        'duties/group-2025.yaml': duty('group', '2025-06-01'),
      });
      expect(found(files)).toEqual([
        { at: 'duties/group-2025.yaml:2:7', severity: 'error' },
        { at: 'duties/mz-2025.yaml:2:7', severity: 'error' },
      ]);
    });

    it('a statement that ends before it starts', () => {
      const files = covered({ 'duties/cz-old.yaml': duty('cz', '2024-06-01', '2024-05-31') });
      expect(found(files)).toEqual([{ at: 'duties/cz-old.yaml:3:5', severity: 'error' }]);
    });

    it('warnings at warn', () => {
      const files = without(covered(), 'duties/gaj.yaml');
      files['yishi.yaml'] += 'rules:\n  duty-coverage: warn\n';
      expect(found(files)).toEqual([{ at: 'members/gaj.yaml:2:7', severity: 'warning' }]);
    });
  });
});
