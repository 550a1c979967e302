// A write removes the temporary files that killed writes left behind, in every folder a write can write to.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir.js';
import { removeStaleTemporaryFiles } from '../../src/write/stale-temp.js';

/** A pid no process has (above Linux's pid_max of 2^22). */
const DEAD = 2 ** 22 + 1;

describe('removeStaleTemporaryFiles', () => {
  it("removes a dead writer's temporary files from the root, each record folder and each year folder, supervision included", () => {
    const root = tempDir('stale');
    const stale = [
      '.yishi.yaml.4194305.0a1b2c3d.tmp',
      'members/.mz.yaml.4194305.0a1b2c3d.tmp',
      'resolutions/2024/.2024-03-15-plenary-1.yaml.4194305.0a1b2c3d.tmp',
      'supervision/2026/.2026-11-28-zjj.yaml.4194305.0a1b2c3d.tmp',
    ];
    const kept = [`members/.mz.yaml.${process.pid}.0a1b2c3d.tmp`, 'members/notes.tmp', 'materials/.x.yaml.4194305.0a1b2c3d.tmp'];
    for (const rel of [...stale, ...kept]) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), 'x');
    }
    expect(stale.every((rel) => String(DEAD) === rel.split('.').at(-3))).toBe(true);
    const removed = removeStaleTemporaryFiles(root).map((p) =>
      p
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    );
    expect(removed.sort()).toEqual([...stale].sort());
    expect(stale.filter((rel) => existsSync(join(root, rel)))).toEqual([]);
    expect(kept.filter((rel) => existsSync(join(root, rel)))).toEqual(kept);
  });
});
