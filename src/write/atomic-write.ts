// Write a file so that a crash never leaves half of it: write a temporary file in the same folder, flush it
// to disk, then rename it over the target (rename within one folder is atomic). On any failure the
// temporary file is removed and the target is as it was.
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicWriteOptions {
  /** Replaces fs.renameSync: tests inject a failing rename to simulate a crash before the rename. */
  rename?: (from: string, to: string) => void;
}

/** The temporary name used for `target`: a dot file beside it, which the loader skips. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export function writeFileAtomic(target: string, text: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const temp = temporaryPathFor(target);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const mode = modeOf(target);
    if (mode !== undefined) fchmodSync(fd, mode);
    const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    (options.rename ?? renameSync)(temp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw e;
  }
  syncFolder(dir);
}

/** The permission bits of an existing target, kept by the replacement. */
function modeOf(target: string): number | undefined {
  try {
    return statSync(target).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Flush the folder entry of the rename (not possible on every platform; then the rename itself must do). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
