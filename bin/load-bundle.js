// Load the bundled CLI (dist/yishi.cjs, one CommonJS file made by scripts/bundle.js) with the V8 code cache the build
// left beside it (dist/yishi.cjs.cache): V8 then neither parses the 1.2 MB bundle nor compiles the functions a check
// runs, which is most of what a command on a small folder spends. The cache holds V8's compiled code for this exact
// source and this Node.js version; V8 checks both and, where they differ (another Node.js version, other V8 flags),
// rejects it and compiles as usual: only slower, never wrong. The build makes the cache with scripts/code-cache.js.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/yishi.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

/** The bundle's exports ({ main }) and the compiled script (from which scripts/code-cache.js makes the cache). */
export function loadBundle({ useCache = true } = {}) {
  // V8 lets the young generation of its heap grow to two halves of 16 MiB when many objects outlive a collection, as
  // the records of a large folder do: on 11,000 files that is a fifth of yishi's peak memory, and no faster. Keep it
  // at its starting size. Set before the bundle is compiled: V8 accepts a code cache only under the flags it was made.
  setFlagsFromString('--semi-space-growth-factor=1');
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CODE_CACHE);
    } catch {
      // built without a cache: compile as usual
    }
  }
  // The same wrapper as Node's own for a CommonJS module, on the bundle's first line so that line numbers stay.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}
