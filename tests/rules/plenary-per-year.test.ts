// plenary-per-year [五(一)]: a held plenary meeting in every calendar year since establishment.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'plenary-per-year';
/** Where every finding points: the value of `established.date` in yishi.yaml (line 4). */
const AT = 'yishi.yaml:4:9';

function meeting(date: string, kind = 'plenary'): Files {
  return {
    [`meetings/${date.slice(0, 4)}/${date}-${kind}.yaml`]: `kind: ${kind}\ntitle: 会议\ndate: ${date}\nconvener: zz\n`,
  };
}

function body(rules: string | undefined, ...meetings: Files[]): BodyFiles {
  const files = smallBody(Object.assign({}, ...meetings) as Files);
  if (rules !== undefined) files['yishi.yaml'] += `rules:\n${rules}`;
  return files;
}

const found = (files: Files, asOf: string) => findingsOf(ID, files, asOf).map(({ at, severity }) => ({ at, severity }));

describe('plenary-per-year', () => {
  describe('valid', () => {
    it('a plenary in every year up to today', () => {
      expect(found(body(undefined, meeting('2024-03-15'), meeting('2025-03-20')), '2025-12-31')).toEqual([]);
    });

    it('the current year is not yet late while at least 30 days remain (31 left on 12-01)', () => {
      expect(found(body(undefined, meeting('2024-03-15')), '2025-12-01')).toEqual([]);
      expect(found(body(undefined, meeting('2024-03-15')), '2025-12-02')).toEqual([]); // 30 left: not fewer than 30
    });

    it('a plenary held today counts', () => {
      expect(found(body(undefined, meeting('2024-03-15'), meeting('2025-12-20')), '2025-12-20')).toEqual([]);
    });

    it('days: 0 never warns about the current year', () => {
      expect(found(body('  plenary-per-year: { days: 0 }\n', meeting('2024-03-15')), '2025-12-31')).toEqual([]);
    });

    it('off silences it', () => {
      expect(found(body('  plenary-per-year: off\n'), '2026-07-01')).toEqual([]);
    });
  });

  describe('a meeting file that cannot be read', () => {
    it('keeps quiet about its year (it may be the plenary), but not about other years', () => {
      const broken = { 'meetings/2024/2024-03-15-plenary.yaml': 'kind: plenary\ntitle: 会议\ndate: 2024-03-15\nconvenor: zz\n' };
      const files = body(undefined, broken);
      expect(findingsOf('schema', files, '2026-07-01').map((f) => f.at)).toEqual([
        'meetings/2024/2024-03-15-plenary.yaml:1:1',
        'meetings/2024/2024-03-15-plenary.yaml:4:1',
      ]);
      expect(findingsOf(ID, files, '2026-07-01').map((f) => f.message)).toEqual([expect.stringMatching(/^2025年没有召开全体会议。/)]);
    });
  });

  describe('invalid', () => {
    it('an ended year without a plenary is an error, once per year', () => {
      const all = findingsOf(ID, body(undefined, meeting('2025-03-20')), '2026-07-01');
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: AT, severity: 'error' }]);
      expect(all[0]!.message).toContain('2024年没有召开全体会议');
      expect(all[0]!.message).toContain('五(一)');
    });

    it('a thematic meeting or a written review does not count', () => {
      expect(found(body(undefined, meeting('2024-03-15', 'thematic'), meeting('2024-06-20', 'written')), '2025-07-01')).toEqual([
        { at: AT, severity: 'error' },
      ]);
    });

    it('the current year is a warning once fewer than 30 days remain', () => {
      const all = findingsOf(ID, body(undefined, meeting('2024-03-15')), '2025-12-03');
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: AT, severity: 'warning' }]);
      expect(all[0]!.message).toContain('距年底只剩 29 天');
    });

    it('a plenary planned later this year is not held yet', () => {
      expect(found(body(undefined, meeting('2024-03-15'), meeting('2025-12-28')), '2025-12-10')).toEqual([{ at: AT, severity: 'warning' }]);
    });

    it('the option days widens the warning window', () => {
      const files = body('  plenary-per-year: { days: 60 }\n', meeting('2024-03-15'));
      expect(found(files, '2025-11-15')).toEqual([{ at: AT, severity: 'warning' }]);
      expect(found(body(undefined, meeting('2024-03-15')), '2025-11-15')).toEqual([]);
    });

    it('a past year and the current year together', () => {
      expect(found(body(undefined), '2025-12-20')).toEqual([
        { at: AT, severity: 'error' },
        { at: AT, severity: 'warning' },
      ]);
    });

    it('warn turns the error into a warning', () => {
      expect(found(body('  plenary-per-year: warn\n'), '2025-07-01')).toEqual([{ at: AT, severity: 'warning' }]);
    });

    it('a days option that is not a whole number of at least 0 is a configuration error', () => {
      const files = body('  plenary-per-year: { days: -1 }\n', meeting('2024-03-15'));
      expect(findingsOf('rules-config', files, '2025-07-01').map((f) => f.at)).toEqual(['yishi.yaml:12:29']);
    });
  });
});
