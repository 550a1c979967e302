// vitest globalSetup: the test run gets a temporary folder of its own (TMPDIR, inherited by the test workers
// and by the yishi processes they start). At the end, anything named yishi-* left in it fails the run:
// every test must remove the folders it makes (see temp-dir.ts). The private folder is removed either way.
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let privateTmp: string | undefined;
let previous: string | undefined;

export function setup(): void {
  privateTmp = mkdtempSync(join(tmpdir(), 'vitest-yishi-'));
  // Like /tmp itself: tests that run yishi as an ordinary user (tests/helpers/cli.ts) must reach their folders.
  chmodSync(privateTmp, 0o1777);
  previous = process.env.TMPDIR;
  process.env.TMPDIR = privateTmp;
}

export function teardown(): void {
  if (privateTmp === undefined) return;
  const left = readdirSync(privateTmp).filter((name) => name.startsWith('yishi-'));
  rmSync(privateTmp, { recursive: true, force: true });
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  if (left.length > 0) {
    // vitest reports an error thrown here but still exits 0; the exit code is what fails CI.
    process.exitCode = 1;
    throw new Error(
      `Tests left ${left.length} temporary folder(s) behind: ${left.join(', ')}. Make them with tempDir() (tests/helpers/temp-dir.ts).`,
    );
  }
}
