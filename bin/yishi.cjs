#!/usr/bin/env node
// The yishi command. `npm ci` (prepare) or `npm run build` bundles src/ into dist/yishi.cjs with a code cache beside
// it (scripts/bundle.js); load-bundle.cjs loads the two. `yishi --version` alone is answered here, without the bundle.
'use strict';
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  let version = '0.0.0';
  try {
    version = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', 'package.json'), 'utf8')).version;
  } catch {
    // no readable package.json: the version of a build from source
  }
  process.stdout.write(`${version}\n`);
} else {
  let bundle;
  try {
    bundle = require('./load-bundle.cjs').loadBundle();
  } catch (e) {
    if (e?.code !== 'ENOENT') throw e;
    // A checkout that was never built (`npm ci` builds it), or an installation missing its dist/ folder.
    process.stderr.write(
      `yishi: 找不到 ${e.path},请在 yishi 的文件夹中运行 npm ci(或 npm run build)。\n` +
        `yishi: ${e.path} is missing; run npm ci (or npm run build) in yishi's folder.\n`,
    );
    // Not process.exit: writes to a terminal are asynchronous on Windows, and exiting at once could cut them off.
    process.exitCode = 2;
  }
  bundle?.exports.main();
}
