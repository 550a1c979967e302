// False alarms: the example's every string and generated dates, hashes, amounts, times, document numbers
// and ids, as plain text, in a material file and in a folded value, give no personal-data finding.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { copyExample, EXAMPLE } from '../helpers/folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { validateFolder } from '../../src/check/check-folder.js';
import { generatedItems, stringsOf } from './personal-data/corpus.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('personal-data: no false alarms', () => {
  it('the example and a corpus built from it give zero findings', () => {
    const items = generatedItems(200);
    const strings = stringsOf(EXAMPLE);
    const folded = items.map((s) => `  ${s}，`).join('\n');
    const quoted = strings
      .slice(0, 50)
      .join(' ')
      .replace(/["\\\n]/g, ' ');
    const meeting = `kind: thematic\ntitle: 语料\ndate: 2026-12-01\nconvener: zz\nproceedings: >\n${folded}\nrecorder: "${quoted}"\n`;
    const dir = copyExample({
      'materials/2026/corpus.txt': [...strings, ...items].join('\n'),
      'materials/2026/corpus.csv': items.join(',\n'),
      'meetings/2026/2026-12-01-thematic.yaml': meeting,
    });
    made.push(dir);
    const found = validateFolder(loadFolder(dir), { asOf: '2026-12-01' }).diagnostics.filter((d) => d.rule === 'personal-data');
    expect(found).toEqual([]);
    expect(items.length).toBe(200 * 22);
  });
});
