#!/usr/bin/env node
// Part of `npm run build`: bundle the CLI (src/cli/entry.ts and everything it imports, dependencies included) into
// dist/yishi.mjs, which bin/yishi.js loads: Node resolves no module graph of node_modules at start, and the installed
// package needs no node_modules at run time. What a command imports dynamically goes into chunks beside it
// (dist/yishi-<hash>.mjs), loaded when that command runs: `yishi --version` reads the entry only, a command the entry,
// commander and its own code.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunks of an earlier build have other names: remove them, so that dist/ (and npm pack) holds this build only.
try {
  for (const name of readdirSync(join(root, 'dist'))) if (/^yishi.*\.mjs(\.map)?$/.test(name)) rmSync(join(root, 'dist', name));
} catch {
  // no dist/ yet
}

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/entry.ts'],
  outdir: 'dist',
  entryNames: 'yishi',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'yishi-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Dependencies written as CommonJS call require() for Node's own modules: give the bundle a real one.
  banner: { js: "import { createRequire as __yishiRequire } from 'node:module'; const require = __yishiRequire(import.meta.url);" },
  legalComments: 'none',
  minify: !process.env.YISHI_NO_MINIFY,
  // YISHI_NO_MINIFY=1 keeps names and adds source maps, for reading a CPU profile.
  sourcemap: Boolean(process.env.YISHI_NO_MINIFY),
  logLevel: 'warning',
});
