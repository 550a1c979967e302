// Inputs the generated-input test once failed on, kept as fixed cases (mutations of the example folder).
import { describe, expect, it } from 'vitest';
import { mutatedExample, type Mutation } from './mutate.js';
import { checkInProcess, reuseUntouched } from './properties.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { EXAMPLE } from '../helpers/folder.js';

const CASES: Array<[string, Mutation[]]> = [
  // Seed 20261202, run 1073: yishi.yaml is a link to a record inside the folder; findings point into the
  // linked file (the check of positions once looked at the link itself).
  ['a record file that links to another record inside the folder', [{ op: 'linkInside', file: 84 }]],
  // Seed 20261202, run 300: a GBK file, an anchor cycle in a map and a link inside.
  [
    'a GBK file, a self-referencing map and a link inside',
    [
      { op: 'replace', file: 156, content: 2 },
      { op: 'insert', file: 124, line: 7, snippet: 3 },
      { op: 'linkInside', file: 190 },
    ],
  ],
];

describe('fixed inputs the generated-input test failed on', () => {
  for (const [name, mutations] of CASES) {
    it(name, () => {
      const folder = mutatedExample(mutations, undefined, false);
      try {
        expect(checkInProcess(folder.dir)).toEqual([]);
      } finally {
        folder.cleanup();
      }
    });
  }

  // Seed 20261204, run 2980: a line deleted from a file that an earlier mutation made a link to another record. The
  // deletion changed that other record, which the harness did not count as touched, so the check that reuses the
  // untouched files of the example took it from before the change (and differed from a fresh load).
  it('an edit through a link inside touches the record it points to', () => {
    const mutations: Mutation[] = [
      { op: 'replace', file: 142, content: 1 },
      { op: 'linkInside', file: 178 },
      { op: 'insert', file: 5, line: 4, snippet: 0 },
      { op: 'deleteLine', file: 178, line: 14 },
    ];
    const folder = mutatedExample(mutations, undefined, false);
    try {
      expect(folder.touched).toHaveLength(5);
      expect(checkInProcess(folder.dir, reuseUntouched(loadFolder(EXAMPLE), folder.touched))).toEqual([]);
    } finally {
      folder.cleanup();
    }
  });
});
