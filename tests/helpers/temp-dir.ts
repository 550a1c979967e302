// Temporary folders for tests. Every folder made here is removed after the test file that made it
// (tests/helpers/remove-temp-dirs.ts registers that for every test file), so a test never leaves one behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A new empty folder named yishi-<purpose>-XXXXXX in the temporary folder. */
export function tempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `yishi-${purpose}-`));
  made.add(dir);
  return dir;
}

/** Remove every folder tempDir made so far. */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}
