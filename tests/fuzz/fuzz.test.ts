// Generated damage to the example record folder (tests/fuzz/mutate.ts), checked in-process for many runs and
// with the built binary for a few. `npm test` runs a sample; `npm run fuzz -- --runs 10000` the long run.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { exampleFiles, mutatedExample, mutationsArbitrary, type Mutation } from './mutate.js';
import { checkBinary, checkInProcess, reuseUntouched } from './properties.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { EXAMPLE } from '../helpers/folder.js';

const RUNS = Number(process.env.YISHI_FUZZ_RUNS ?? 24);
const BINARY_EVERY = Number(process.env.YISHI_FUZZ_BINARY_EVERY ?? 1000);
// A fixed seed in npm test, so CI is repeatable; npm run fuzz takes --seed (or a new one) for the long run.
const SEED = Number(process.env.YISHI_FUZZ_SEED ?? 20261202);
const REPORT = process.env.YISHI_FUZZ_REPORT;

interface Failure {
  run: number;
  mutations: Mutation[];
  problems: string[];
}

describe('generated damage to the example folder', () => {
  it(
    `never crashes, hangs, misplaces a finding or answers twice differently (${RUNS} runs, seed ${SEED})`,
    () => {
      const files = exampleFiles();
      const pristine = loadFolder(EXAMPLE);
      const inputs = fc.sample(mutationsArbitrary(), { seed: SEED, numRuns: RUNS });
      const failures: Failure[] = [];
      inputs.forEach((mutations, run) => {
        const binary = run % BINARY_EVERY === 0;
        const folder = mutatedExample(mutations, files, binary);
        try {
          // The same input twice gives the same output: checked on every fifth run, to keep the long run short.
          const problems = checkInProcess(folder.dir, reuseUntouched(pristine, folder.touched), run % 5 === 0);
          if (binary) problems.push(...checkBinary(folder.dir));
          if (problems.length > 0) failures.push({ run, mutations, problems });
        } finally {
          folder.cleanup();
        }
        if (REPORT && run % 50 === 49) {
          const partial = { runs: run + 1, failures: failures.length, seed: SEED, partial: true, first: failures.slice(0, 20) };
          writeFileSync(REPORT, JSON.stringify(partial, null, 2));
        }
      });
      const summary = { runs: inputs.length, failures: failures.length, seed: SEED, first: failures.slice(0, 20) };
      if (REPORT) writeFileSync(REPORT, JSON.stringify(summary, null, 2));
      expect(failures, `seed ${SEED}: ${JSON.stringify(failures.slice(0, 3), null, 2)}`).toEqual([]);
    },
    Math.max(120_000, RUNS * 20_000),
  );
});
