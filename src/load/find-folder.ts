// Find the record folder: the nearest folder at or above `start` that holds a yishi.yaml.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const BODY_FILE = 'yishi.yaml';
/** The lock a write holds on the record folder (write/folder-lock.ts): yishi's own file, never a record. */
export const LOCK_FILE = '.yishi.lock';

export function findRecordFolder(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, BODY_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** With an explicit --dir: that folder itself must hold yishi.yaml (no walking up). */
export function isRecordFolder(dir: string): boolean {
  const candidate = join(resolve(dir), BODY_FILE);
  return existsSync(candidate) && statSync(candidate).isFile();
}

/**
 * The record folder's path from the top of the git work tree it sits in ('' at the top, else with a trailing
 * `/`), found by walking up to a `.git`; '' outside any repository. GitHub annotations name files this way.
 */
export function pathInRepository(root: string): string {
  const start = resolve(root);
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, '.git'))) {
      const rel = relative(dir, start).split(sep).join('/');
      return rel === '' ? '' : `${rel}/`;
    }
    const parent = dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
}
