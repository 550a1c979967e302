// The example body (examples/lanping) is clean under the meeting and task rules, and exercises them: each
// small change to a copy of it below is caught.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { copyExample, EXAMPLE, type Files } from '../helpers/folder.js';

const AS_OF = '2026-11-28';
const RULES = [
  'plenary-per-year',
  'convener-authority',
  'topic-approval',
  'meeting-record',
  'attendance',
  'seat-holders',
  'task-assignment',
  'minutes-issued',
];

const read = (rel: string): string => readFileSync(join(EXAMPLE, rel), 'utf8');

function found(changes: Files, asOf = AS_OF): Array<{ at: string; severity: string; rule: string }> {
  return validateFolder(loadFolder(copyExample(changes)), { asOf })
    .diagnostics.filter((d) => RULES.includes(d.rule))
    .map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, severity: d.severity, rule: d.rule }));
}

/** Replace `from` (which must occur) in the example file `rel`. */
function edit(rel: string, from: string, to: string): Files {
  const text = read(rel);
  expect(text).toContain(from);
  return { [rel]: text.replace(from, to) };
}

describe('the example body under the meeting and task rules', () => {
  it("is clean on 2026-11-28, with the last meeting's minutes still in draft", () => {
    expect(found({})).toEqual([]);
  });

  it("has a deputy convening on the leader's delegation: without delegated: true it is caught", () => {
    const rel = 'meetings/2024/2024-08-16-thematic.yaml';
    expect(found(edit(rel, 'delegated: true', 'delegated: false'))).toEqual([
      { at: `${rel}:6:11`, severity: 'error', rule: 'convener-authority' },
    ]);
  });

  it('has draft minutes that become late after 15 days', () => {
    expect(found({}, '2026-12-06')).toEqual([
      { at: 'meetings/2026/2026-11-20-thematic.yaml:31:11', severity: 'error', rule: 'minutes-issued' },
    ]);
  });

  it('has a plenary that accounts for every member: dropping an excused one is a warning', () => {
    const rel = 'meetings/2024/2024-03-15-plenary.yaml';
    expect(found(edit(rel, '  - member: sd\n    reason: 在州委党校参加学习\n', ''))).toEqual([
      { at: `${rel}:21:1`, severity: 'warning', rule: 'attendance' },
    ]);
  });

  it('has a seat that ended (xczxj): naming it after 2025-03-01 is caught, its successor is not', () => {
    const rel = 'resolutions/2025/2025-03-20-plenary-2.yaml';
    expect(found(edit(rel, 'cooperating: [cz, gaj, nyncj]', 'cooperating: [cz, gaj, xczxj]'))).toEqual([
      { at: `${rel}:7:24`, severity: 'error', rule: 'task-assignment' },
    ]);
  });
});
