// Load the bundled CLI (dist/yishi.cjs, one CommonJS file made by scripts/bundle.js) with the V8 code cache the build
// left beside it (dist/yishi.cjs.cache): V8 then neither parses the 1.4 MB bundle nor compiles the functions a check
// runs, which is most of what a command on a small folder spends. The cache holds V8's compiled code for this exact
// source and this Node.js version; V8 checks both and, where they differ (another Node.js version, other V8 flags),
// rejects it and compiles as usual: only slower, never wrong. The build makes the cache with scripts/code-cache.js.
// V8 checks the source only by its length, though: a cache kept beside another build of the bundle that happens to be
// as long would run that other build's code. So the build stamps both with the same id, a hash of the bundle (in a
// comment at its start, and as the first CACHE_HEADER_BYTES bytes of the cache), and a cache of another id is not used.
// CommonJS, as is bin/yishi.cjs: an ES module as the command's entry costs Node's module loader some 5–10 ms more.
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'yishi.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;

/** The comment that opens the bundle, with the id of its build (scripts/bundle.js writes it). */
const BUILD_ID = /^\/\*yishi-build=([0-9a-f]{16})\*\//;
/** The cache starts with the id of the build it was made for, in this many bytes (a multiple of 8 keeps V8's data aligned). */
const CACHE_HEADER_BYTES = 32;

/** The comment that opens the bundle of the build `id` (scripts/bundle.js writes it; BUILD_ID reads it). */
function buildStamp(id) {
  return `/*yishi-build=${id}*/`;
}

/** The first bytes of the cache made for the build `id`. */
function cacheHeader(id) {
  return `yishi-build=${id}`.padEnd(CACHE_HEADER_BYTES - 1, ' ') + '\n';
}

/** The code cache of the build `id` without its header; undefined when there is none, null when it is another build's. */
function cacheFor(id) {
  let cache;
  try {
    cache = readFileSync(CODE_CACHE);
  } catch {
    return undefined; // built without a cache: compile as usual
  }
  const ours = id !== undefined && cache.length > CACHE_HEADER_BYTES && cache.toString('latin1', 0, CACHE_HEADER_BYTES) === cacheHeader(id);
  return ours ? cache.subarray(CACHE_HEADER_BYTES) : null;
}

/**
 * The bundle's exports ({ main }), the compiled script (from which scripts/code-cache.js makes the cache), the id of
 * the build, and whether a cache was there but not used: another build's, or one V8 rejected.
 */
function loadBundle({ useCache = true } = {}) {
  // The bundle is ASCII (esbuild writes other characters as escapes; tests/pack/code-cache.test.ts holds it so): read
  // as Latin-1 it is the same text, a one-byte string, made in a quarter of the time of decoding UTF-8, and half the
  // memory of the two-byte string that a single other character would make.
  const bytes = readFileSync(BUNDLE);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const buildId = BUILD_ID.exec(bytes.toString('latin1', 0, 64))?.[1];
  const cache = useCache ? cacheFor(buildId) : undefined;
  const cachedData = cache ?? undefined;
  // V8 then writes a checksum into the cache it makes and checks it when it reads one: a damaged cache (a bad disk, a
  // copy cut short) is rejected, where without it V8 would stop the process. The same flag is set when the cache is
  // made (scripts/code-cache.js loads the bundle through here), so that the cache fits.
  setFlagsFromString('--verify-snapshot-checksum');
  // The same wrapper as Node's own for a CommonJS module, on the bundle's first line so that line numbers stay.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script, buildId, cacheRejected: cache === null || script.cachedDataRejected === true };
}

module.exports = { CODE_CACHE, buildStamp, cacheHeader, loadBundle };
