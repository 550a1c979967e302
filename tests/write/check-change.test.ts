import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { validateFolder } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { addedFindings, checkAfterChange, checkChange } from '../../src/write/check-change.js';
import { makeFolder, smallBody } from '../helpers/folder.js';
import { SMALL_DUTIES } from '../helpers/git.js';

const d = (file: string, line: number, en: string, rule = 'reference'): Diagnostic => ({
  file,
  line,
  column: 9,
  severity: 'error',
  rule,
  message: { zh: en, en },
});

describe('addedFindings', () => {
  it('an error whose hint changed at the same place is not new', () => {
    expect(addedFindings([d('yishi.yaml', 8, 'No member "mz".')], [d('yishi.yaml', 8, 'No member "mz". Did you mean "zz"?')])).toEqual([]);
  });

  it('an error that moved down an edited file is not new', () => {
    expect(addedFindings([d('r.yaml', 3, 'No member "x".')], [d('r.yaml', 9, 'No member "x".')])).toEqual([]);
  });

  it('a second error like an existing one is new', () => {
    const after = [d('r.yaml', 3, 'No member "x".'), d('r.yaml', 9, 'No member "x".')];
    expect(addedFindings([d('r.yaml', 3, 'No member "x".')], after)).toEqual([after[1]]);
  });
});

describe('checkChange', () => {
  it('reports the errors a change adds, and counts those the folder keeps', () => {
    const root = makeFolder(smallBody({ ...SMALL_DUTIES, 'duties/gaj.yaml': 'holder: gaj\nfrom: 2024-01-10\n' }));
    const current = validateFolder(loadFolder(root), { asOf: '2024-03-15' });
    const check = checkChange(
      current,
      [{ path: 'resolutions/2024/2024-03-15-plenary-1.yaml', text: 'meeting: 2024-03-15-plenary\nno: 1\ntext: x\n', created: true }],
      '2024-03-15',
    );
    expect(check.addedErrors.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule}`)).toEqual([
      'resolutions/2024/2024-03-15-plenary-1.yaml:1:10 reference',
    ]);
    expect(check.existingErrors).toBe(current.diagnostics.filter((x) => x.severity === 'error').length);
    expect(check.existingErrors).toBeGreaterThan(0);
  });

  // A folder with scanned documents always has notes: they once made every write compute the findings before it.
  it('does not compute the findings before a change when only notes remain after it', () => {
    const root = makeFolder(smallBody({ ...SMALL_DUTIES, 'materials/scan.pdf': '%PDF-1.4' }));
    const [path, text] = Object.entries(SMALL_DUTIES)[0]!;
    let asked = 0;
    const before = {
      root,
      findings: () => {
        asked++;
        return [];
      },
    };
    const check = checkAfterChange(before, [{ path, text: `${String(text)}# 注释\n`, created: false }], '2024-03-15');
    expect(asked).toBe(0);
    expect(check).toEqual({ addedErrors: [], addedWarnings: [], existingErrors: 0, fileCount: loadFolder(root).fileCount });
    expect(validateFolder(loadFolder(root), { asOf: '2024-03-15' }).diagnostics.map((x) => `${x.severity} ${x.file}`)).toEqual([
      'note materials/scan.pdf',
    ]);
  });
});
