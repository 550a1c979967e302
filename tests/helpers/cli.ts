// Run the built yishi binary as a user would (npm test builds it first).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO } from './folder.js';

export const BIN = join(REPO, 'bin/yishi.cjs');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  /** Run as an ordinary user (uid 65534) when the tests run as root, for whom permissions do not apply. */
  ordinaryUser?: boolean;
  /** Kill the run after this many milliseconds (a hang fails the test instead of blocking it). */
  timeout?: number;
}

/** The uid and gid to run as an ordinary user, when the tests run as root. */
export function ordinaryUser(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

/**
 * Whether a test that needs permissions to apply can run here: as an ordinary user already, or as root when an
 * ordinary user can reach the built binary (every folder above the repository searchable by others).
 */
export function permissionsApply(): boolean {
  if (ordinaryUser() === undefined) return process.getuid?.() !== 0;
  for (let dir = REPO; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

export function runYishi(args: string[], options: RunOptions = {}): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    FORCE_COLOR: undefined,
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: env,
    encoding: 'utf8',
    input: options.input,
    timeout: options.timeout,
    ...(options.ordinaryUser ? ordinaryUser() : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
