// Positions found by js-yaml (fast-positions.ts) must be the precise parser's, wherever they are given at all; and the
// fast path must read what the precise parser reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Position } from '../../src/core/diagnostic.js';
import { parseFast } from '../../src/load/fast-parse.js';
import { FastPositions } from '../../src/load/fast-positions.js';
import { positionOf, type SourceFile } from '../../src/load/source-file.js';
import { parseYamlDocument } from '../../src/load/yaml-document.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { REPO } from '../helpers/folder.js';
import { EditedTexts, pathsInto, yamlFilesBelow, YamlTexts } from '../helpers/yaml-texts.js';

// The precise parse, counted: a position found by js-yaml must not make it.
vi.mock('../../src/load/yaml-document.js', async (original) => {
  const actual = await original<typeof import('../../src/load/yaml-document.js')>();
  return { ...actual, parseYamlDocument: vi.fn(actual.parseYamlDocument) };
});

/**
 * How many generated and edited texts each seed compares: 2,000 in `npm test`. After upgrading js-yaml or yaml, compare
 * many more, e.g. `YISHI_FAST_READ_TEXTS=100000 YISHI_FAST_READ_SEED=5 npx vitest run tests/load/fast-positions.test.ts`.
 */
const TEXTS = Number(process.env.YISHI_FAST_READ_TEXTS ?? 2000);
const SEEDS = process.env.YISHI_FAST_READ_SEED ? [Number(process.env.YISHI_FAST_READ_SEED)] : [20261202, 7, 1];

/** The file as the precise parser makes it: the reference for every position. */
function precise(text: string): SourceFile {
  const { doc, lineCounter } = parseYamlDocument(text);
  return { path: 'f.yaml', text, doc, lineCounter };
}

interface Tally {
  asked: number;
  answered: number;
  differ: string[];
}

/** Every path of a text the fast path takes, as a value and as a key: where js-yaml answers, it answers as `yaml`. */
function compare(text: string, data: unknown, tally: Tally): void {
  const fast = FastPositions.of(text);
  const reference = precise(text);
  for (const path of pathsInto(data)) {
    for (const on of ['value', 'key'] as const) {
      tally.asked++;
      const found = fast?.positionOf(path, on);
      if (!found) continue;
      tally.answered++;
      const expected: Position = positionOf(reference, path, on);
      if (found.line !== expected.line || found.column !== expected.column)
        tally.differ.push(
          `${JSON.stringify(text)} ${JSON.stringify(path)} ${on}: ${found.line}:${found.column}, not ${expected.line}:${expected.column}`,
        );
    }
  }
}

/**
 * TEXTS texts from `texts`, each read on the fast path where it takes it and by the precise parser: those the two read
 * otherwise, and the positions of every `comparedEvery`-th one compared.
 */
function readBothWays(texts: { next(): string }, comparedEvery: number): { taken: number; readOtherwise: string[]; tally: Tally } {
  const tally: Tally = { asked: 0, answered: 0, differ: [] };
  const readOtherwise: string[] = [];
  let taken = 0;
  for (let i = 0; i < TEXTS; i++) {
    const text = texts.next();
    const fast = parseFast(text);
    if (!fast.ok) continue;
    taken++;
    const { doc } = parseYamlDocument(text);
    if (doc.errors.length > 0 || JSON.stringify(doc.toJS()) !== JSON.stringify(fast.data)) readOtherwise.push(JSON.stringify(text));
    else if (i % comparedEvery === 0) compare(text, fast.data, tally);
  }
  return { taken, readOtherwise, tally };
}

describe('positions found by js-yaml', () => {
  it('are the precise parser’s for every node of the examples and fixtures, and found for nearly all', () => {
    const tally: Tally = { asked: 0, answered: 0, differ: [] };
    for (const f of [...yamlFilesBelow(join(REPO, 'examples')), ...yamlFilesBelow(join(REPO, 'tests/fixtures'))]) {
      const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      const fast = parseFast(text);
      if (fast.ok) compare(text, fast.data, tally);
    }
    expect(tally.differ).toEqual([]);
    expect(tally.asked).toBeGreaterThan(5000);
    expect(tally.answered / tally.asked).toBeGreaterThan(0.95);
  });

  it.each(SEEDS)(`are the precise parser’s on ${TEXTS} generated texts (seed %i), where the two read the same`, (seed) => {
    const { taken, readOtherwise, tally } = readBothWays(new YamlTexts(seed), 1);
    expect(readOtherwise).toEqual([]);
    expect(tally.differ).toEqual([]);
    expect(taken).toBeGreaterThan(TEXTS / 2);
    expect(tally.answered / tally.asked).toBeGreaterThan(0.5);
  });

  it.each(SEEDS)(`read ${TEXTS} edited example files (seed %i) as the precise parser does, or leave them to it`, (seed) => {
    const examples = yamlFilesBelow(join(REPO, 'examples')).map((f) => readFileSync(f, 'utf8'));
    const { taken, readOtherwise, tally } = readBothWays(new EditedTexts(examples, seed), 10);
    expect(readOtherwise).toEqual([]);
    expect(tally.differ).toEqual([]);
    expect(taken).toBeGreaterThan(TEXTS / 5);
  });

  it.each([
    ['an empty value', 'a: 1\nb:\nc: 2\n', ['b']],
    ['a null', 'a: 1\nb: ~\n', ['b']],
    ['an entry of a bracketed mapping', 'a: {b: 1}\n', ['a', 'b']],
    ['a line that ends in a carriage return alone', 'a: 1\rb: 2\n', ['a']],
  ])('leave %s to the precise parser', (_, text, path) => {
    expect(FastPositions.of(text)?.positionOf(path, 'value')).toBeUndefined();
    const parsed = parseYaml('f.yaml', text);
    expect(positionOf(parsed.file, path)).toEqual(positionOf(precise(text), path));
  });

  it('are given for a fast-parsed file without making its document', () => {
    const parsed = parseYaml('f.yaml', '# 决定事项\nmeeting: m\nlead: mz\nunits:\n  - cz\n  - gaj\n');
    expect(parsed.fast).toBe(true);
    vi.mocked(parseYamlDocument).mockClear();
    expect(positionOf(parsed.file, ['units', 1])).toEqual({ line: 6, column: 5 });
    expect(positionOf(parsed.file, ['lead'], 'key')).toEqual({ line: 3, column: 1 });
    expect(positionOf(parsed.file, ['cooperating'])).toEqual({ line: 2, column: 1 });
    expect(parseYamlDocument).not.toHaveBeenCalled();
    // A node it cannot place is placed by the precise parse, made once.
    expect(positionOf(parseYaml('f.yaml', 'a: 1\nb:\n').file, ['b'])).toEqual({ line: 2, column: 3 });
    expect(parseYamlDocument).toHaveBeenCalledTimes(1);
  });
});
