// Golden files: the expected output of a command or document, compared byte for byte.
// UPDATE_GOLDEN=1 rewrites them (read the diff before committing); a missing golden fails, it is never made silently.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export function expectGolden(dir: string, name: string, actual: string): void {
  const file = join(dir, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `${file} is missing: run the test with UPDATE_GOLDEN=1 and read what it wrote`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
