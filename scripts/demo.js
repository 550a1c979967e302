#!/usr/bin/env node
// `npm run demo`: the main jobs of yishi on the example body, as the office clerk runs them.
// --as-of is pinned so that the output is the same every day.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const AS_OF = '2026-11-28';
const steps = [
  ['validate', '-C', 'examples/lanping', '--as-of', AS_OF],
  ['overdue', '-C', 'examples/lanping', '--as-of', AS_OF],
  ['render', 'minutes', '2026-03-18-plenary', '-C', 'examples/lanping'],
];

let failed = false;
for (const args of steps) {
  process.stdout.write(`\n$ yishi ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, ['bin/yishi.cjs', ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
