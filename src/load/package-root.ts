// The folder yishi is installed in (the one with its package.json and schemas/), found from this module's place:
// dist/yishi.cjs when bundled, src/load/ when the tests run the TypeScript.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  root = dir;
  return root;
}
