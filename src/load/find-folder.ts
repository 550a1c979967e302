// Find the record folder: the nearest folder at or above `start` that holds a yishi.yaml.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const BODY_FILE = 'yishi.yaml';

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
