// One writer at a time per record folder: an exclusive lock file `.yishi.lock` holding the writer's pid, host
// and start time. A second writer waits a few seconds, then gives up; a lock left by a process that no longer
// runs on this host, or one older than STALE_MS, is stale and taken over.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from '../load/find-folder.js';

export { LOCK_FILE };
/** How long a second writer waits for the first. */
export const WAIT_MS = 5_000;
/** A lock older than this is stale whoever holds it (no write takes ten minutes). */
export const STALE_MS = 10 * 60 * 1000;

/** Another writer holds the folder: who, and since when. */
export class FolderBusy extends Error {
  constructor(
    readonly pid: number | undefined,
    readonly host: string | undefined,
  ) {
    super('the record folder is locked by another write');
  }
}

interface Holder {
  pid?: number;
  host?: string;
}

/** Whether a process with this pid runs on this machine. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): Holder {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Holder;
    return {
      pid: typeof parsed.pid === 'number' ? parsed.pid : undefined,
      host: typeof parsed.host === 'string' ? parsed.host : undefined,
    };
  } catch {
    return {};
  }
}

function isStale(path: string, holder: Holder): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return true; // gone meanwhile
  }
  if (age > STALE_MS) return true;
  if (holder.pid === undefined) return age > 2_000; // a lock being written, or garbage: wait a moment
  return holder.host === hostname() && !isRunning(holder.pid);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e; // a read-only folder: the caller says it cannot write
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Run `work` holding the folder's lock; throws FolderBusy when another writer keeps it past `waitMs`. */
export function withFolderLock<T>(root: string, work: () => T, waitMs = WAIT_MS): T {
  const path = join(root, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryCreate(path)) break;
    const holder = holderOf(path);
    if (isStale(path, holder)) {
      try {
        unlinkSync(path);
      } catch {
        // another writer took it over first
      }
      continue;
    }
    if (Date.now() >= deadline) throw new FolderBusy(holder.pid, holder.host);
    sleep(50 + Math.floor(Math.random() * 50));
  }
  try {
    return work();
  } finally {
    try {
      unlinkSync(path);
    } catch {
      // removed by hand
    }
  }
}
