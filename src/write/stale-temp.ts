// Remove the temporary files of writes that were killed before they could clean up: files named as
// atomic-write names them, whose process no longer runs. Called under the folder's lock.
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { FOLDER_KINDS, folderOf, hasYearFolders } from '../core/record-kinds.js';
import { TEMP_FILE } from '../load/walk-folder.js';
import { isRunning } from './folder-lock.js';

function names(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The folders a write may leave a temporary file in: the root, the record folders and their year folders. */
function writeFolders(root: string): string[] {
  const out = [root];
  for (const kind of FOLDER_KINDS) {
    const dir = join(root, folderOf(kind));
    out.push(dir);
    if (hasYearFolders(kind)) for (const year of names(dir)) if (/^\d{4}$/.test(year)) out.push(join(dir, year));
  }
  return out;
}

/** Remove stale temporary files; returns their paths. */
export function removeStaleTemporaryFiles(root: string): string[] {
  const removed: string[] = [];
  for (const dir of writeFolders(root)) {
    for (const name of names(dir)) {
      const m = TEMP_FILE.exec(name);
      if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
      try {
        unlinkSync(join(dir, name));
        removed.push(join(dir, name));
      } catch {
        // gone meanwhile, or not ours to remove
      }
    }
  }
  return removed;
}
