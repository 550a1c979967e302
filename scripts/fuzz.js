#!/usr/bin/env node
// The long generated-input run: `npm run fuzz -- --runs 10000 [--seed N] [--binary-every N]`.
// Runs tests/fuzz with those settings and prints runs, failures and the seed (a failure's mutations are
// printed as JSON, to be kept as a fixed-input regression test in tests/fuzz/regressions.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const runs = Number(option('runs', '1000'));
const seed = Number(option('seed', String(Date.now() % 2 ** 31)));
const binaryEvery = Number(option('binary-every', '100'));
const dir = mkdtempSync(join(tmpdir(), 'yishi-fuzz-report-'));
const report = join(dir, 'report.json');
const env = {
  ...process.env,
  YISHI_FUZZ_RUNS: String(runs),
  YISHI_FUZZ_SEED: String(seed),
  YISHI_FUZZ_BINARY_EVERY: String(binaryEvery),
  YISHI_FUZZ_REPORT: report,
};
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/fuzz/fuzz.test.ts'], { env, stdio: 'inherit' });
let result;
try {
  result = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  result = { runs: 0, failures: 'unknown (the run did not finish)', seed };
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`runs: ${result.runs}\nfailures: ${result.failures}\nseed: ${result.seed}\n`);
for (const f of result.first ?? []) process.stdout.write(`${JSON.stringify(f)}\n`);
process.exitCode = vitest.status === 0 && result.failures === 0 ? 0 : 1;
