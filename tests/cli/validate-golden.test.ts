// `yishi validate` on a folder of typical mistakes (tests/fixtures/mistakes): the whole output, in every format
// and both languages, is a golden file. UPDATE_GOLDEN=1 rewrites them (read the diff before committing).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO } from '../helpers/folder.js';
import { tempDir } from '../helpers/temp-dir.js';

// Checked from a copy outside the repository, so that annotation paths do not depend on where the repo sits.
const FIXTURE = tempDir('mistakes');
cpSync(join(REPO, 'tests/fixtures/mistakes'), FIXTURE, { recursive: true });
const GOLDEN = join(REPO, 'tests/golden/validate');

const cases: Array<[string, string[]]> = [
  ['mistakes.zh.txt', ['--lang', 'zh']],
  ['mistakes.en.txt', ['--lang', 'en']],
  ['mistakes.en.json', ['--lang', 'en', '--format', 'json']],
  ['mistakes.zh.github', ['--lang', 'zh', '--format', 'github']],
];

describe('yishi validate on a folder of typical mistakes', () => {
  for (const [name, args] of cases)
    it(`prints ${name} and exits 1`, () => {
      const r = runYishi(['validate', '-C', FIXTURE, '--as-of', '2025-07-01', ...args]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expectGolden(GOLDEN, name, r.stdout);
    });

  it('points at the line of each mistake', () => {
    const out = JSON.parse(runYishi(['validate', '-C', FIXTURE, '--as-of', '2025-07-01', '--format', 'json']).stdout) as {
      diagnostics: Array<{ file: string; line: number; column: number; rule: string }>;
    };
    const at = out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
    expect(at).toEqual([
      'meetings/2024/2025-05-06-plenary.yaml:3:7 layout',
      'meetings/2025/2025-03-20-plenary.yaml:9:14 personal-data',
      'members/cz.yaml:3:5 syntax',
      'members/gaj.yaml:5:1 syntax',
      'members/gaj.yaml:6:1 syntax',
      'members/wjj.yaml:2:7 encoding',
      'members/ybj.yaml:1:7 schema',
      'members/ybj.yaml:6:11 schema',
      'resolutions/2025/2025-03-20-plenary-1.yaml:5:1 schema',
      'resolutions/2025/2025-03-20-plenary-2.yaml:4:7 schema',
      'resolutions/2025/2025-03-20-plenary-3.yaml:4:7 reference',
      'resolutions/2025/2025-03-20-plenary-3.yaml:5:6 task-assignment',
    ]);
  });
});
