// What the built command does not do at start: work that only some inputs need is left until they need it.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/display-width.js';
import { EXAMPLE, REPO } from '../helpers/folder.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Runs the built yishi in `dir` with Intl.Segmenter counted; the count is written to stderr as the process exits. */
function segmentersMade(dir: string, args: string[]): { made: number; stdout: string } {
  const probe = join(tempDir('probe'), 'count-segmenters.cjs');
  writeFileSync(
    probe,
    `const Real = Intl.Segmenter; let made = 0;
Intl.Segmenter = class extends Real { constructor(...a) { super(...a); made++; } };
process.on('exit', () => process.stderr.write('segmenters:' + made));`,
  );
  const r = spawnSync(process.execPath, ['-r', probe, join(REPO, 'bin/yishi.cjs'), ...args], { cwd: dir, encoding: 'utf8' });
  return { made: Number(/segmenters:(\d+)/.exec(r.stderr)?.[1]), stdout: r.stdout };
}

describe('the built command', () => {
  it('prints a table of Chinese text without segmenting it (display-width.ts, the bundle’s lazy segmenter)', () => {
    const r = segmentersMade(EXAMPLE, ['tasks', '--as-of', '2026-11-28']);
    expect(r.stdout).toMatch(/2025-03-20-plenary-2 +开展农村低保专项治理 +县/);
    expect(r.made).toBe(0);
  });

  it('segments a cell that needs it, and still aligns the table', () => {
    const dir = tempDir('emoji');
    cpSync(EXAMPLE, dir, { recursive: true });
    const file = join(dir, 'resolutions/2025/2025-03-20-plenary-2.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 开展农村低保专项治理', 'title: 开展农村低保专项治理✅'));
    const r = segmentersMade(dir, ['tasks', '--as-of', '2026-11-28']);
    expect(r.made).toBe(1);
    const lines = r.stdout.split('\n');
    const row = lines.find((l) => l.includes('✅'))!;
    const other = lines.find((l) => l.startsWith('2025-03-20-plenary-3'))!;
    // ✅ is two columns wide: the unit column starts in the same column on both rows.
    expect(displayWidth(row.slice(0, row.indexOf('县'))) - displayWidth(other.slice(0, other.indexOf('县')))).toBe(0);
  });
});
