// Inputs the generated-input test once failed on, kept as fixed cases (mutations of the example folder).
import { describe, expect, it } from 'vitest';
import { mutatedExample, type Mutation } from './mutate.js';
import { checkInProcess } from './properties.js';

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
});
