#!/usr/bin/env node
// Part of `npm run build` (run by scripts/bundle.js in a process of its own): make dist/yishi.cjs.cache, the V8 code
// cache of the bundle. The bundle is loaded without a cache and `yishi validate` runs on the example folder (its
// output dropped), so that V8 compiles what a command runs; the cache then holds the compiled code of the whole
// script, the functions compiled during the run included. It is made with the same Node.js and V8 flags that will
// run it; where they differ at run time, V8 rejects it and yishi compiles as usual (bin/load-bundle.cjs).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CODE_CACHE, cacheHeader, loadBundle } from '../bin/load-bundle.cjs';

const example = fileURLToPath(new URL('../examples/lanping', import.meta.url));
const { exports, script, buildId } = loadBundle({ useCache: false });
if (buildId === undefined) {
  process.stderr.write('code-cache: dist/yishi.cjs does not start with the id of its build (scripts/bundle.js)\n');
  process.exit(1);
}
const write = process.stdout.write;
process.stdout.write = () => true;
try {
  for (const format of ['text', 'json']) {
    await exports.main([process.execPath, 'yishi', 'validate', '-C', example, '--as-of', '2026-11-28', '--format', format]);
  }
} finally {
  process.stdout.write = write;
}
if (process.exitCode !== 0 && process.exitCode !== undefined) {
  process.stderr.write(`code-cache: yishi validate of ${example} exited ${process.exitCode}\n`);
  process.exit(1);
}
// The cache starts with the id of the build it fits (bin/load-bundle.cjs).
writeFileSync(CODE_CACHE, Buffer.concat([Buffer.from(cacheHeader(buildId), 'latin1'), script.createCachedData()]));
