// The seal as docs/records.md describes it: the Python script in the document recomputes yishi's seal of
// every issued meeting of the example, and of records with escapes, quotes, numbers and absent fields.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE, REPO, makeFolder, smallBody } from '../helpers/folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { typeRecords } from '../../src/check/check-folder.js';
import { sealStatuses } from '../../src/check/seal/seal-status.js';

const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function script(): string {
  const doc = readFileSync(join(REPO, 'docs/records.md'), 'utf8');
  const block = /```python\n([\s\S]*?)```/.exec(doc);
  expect(block).not.toBeNull();
  const dir = mkdtempSync(join(tmpdir(), 'yishi-seal-py-'));
  made.push(dir);
  const path = join(dir, 'seal.py');
  writeFileSync(path, block![1]!);
  return path;
}

function python(folder: string): string[] {
  return execFileSync('python3', [script(), folder], { encoding: 'utf8' }).trim().split('\n');
}

function yishi(folder: string): string[] {
  return sealStatuses(typeRecords(loadFolder(folder)).records).map((s) => `${s.meeting.id} ${s.computed}`);
}

describe.skipIf(!hasPyYaml)('the seal recomputed by the script in docs/records.md', () => {
  it('matches every seal of the example, as written and as computed', () => {
    const statuses = sealStatuses(typeRecords(loadFolder(EXAMPLE)).records);
    expect(statuses.length).toBeGreaterThan(5);
    expect(statuses.every((s) => s.state === 'matches')).toBe(true);
    expect(python(EXAMPLE)).toEqual(statuses.map((s) => `${s.meeting.id} ${s.written}`));
  });

  it('matches on escapes, quotes, integers, times, booleans and absent fields', () => {
    const meeting = [
      'kind: thematic',
      'title: "专题会议 \\"困难群众\\" \\t\\u00e9\\\\"',
      'date: 2025-03-20',
      'time: 10:30',
      "location: '县政府 ''三楼'''",
      'convener: zz',
      'delegated: false',
      'proceedings: |',
      '  第一行',
      '    缩进的第二行',
      'minutes:',
      '  status: issued',
      '  number: 测困保纪〔2025〕1号',
      '  issued: 2025-03-25',
      '  signed_by: zz',
      '',
    ].join('\n');
    const dir = makeFolder(
      smallBody({
        'meetings/2025/2025-03-20-thematic.yaml': meeting,
        'resolutions/2025/2025-03-20-thematic-2.yaml': 'meeting: 2025-03-20-thematic\nno: 2\ntext: 原则同意。\n',
        'resolutions/2025/2025-03-20-thematic-1.yaml':
          'meeting: 2025-03-20-thematic\nno: 1\ntext: >\n  由县民政局牵头,\n  于6月底前完成。\nlead: mz\nresponsible: [cz]\ndue: 2025-06-30\n' +
          'progress:\n  - date: 2025-04-01\n    by: mz\n    status: in_progress\n',
      }),
    );
    made.push(dir);
    expect(python(dir)).toEqual(yishi(dir));
  });
});
