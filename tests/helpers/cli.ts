// Run the built yishi binary as a user would (npm test builds it first).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './folder.js';

export const BIN = join(REPO, 'bin/yishi.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runYishi(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): CliResult {
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
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
