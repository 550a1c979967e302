#!/usr/bin/env node
// The yishi command. `npm ci` (prepare) or `npm run build` bundles src/ into dist/yishi.cjs with a code cache beside
// it (scripts/bundle.js); load-bundle.js loads the two. `yishi --version` alone is answered here, without the bundle.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  let version = '0.0.0';
  try {
    version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    // no readable package.json: the version of a build from source
  }
  process.stdout.write(`${version}\n`);
} else {
  const { loadBundle } = await import('./load-bundle.js');
  await loadBundle().exports.main();
}
