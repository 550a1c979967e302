import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { didYouMean } from '../../src/core/did-you-mean.js';

describe('didYouMean', () => {
  it('finds a mistyped key, a swapped pair of letters and a close id', () => {
    expect(didYouMean('resposible', ['responsible', 'cooperating', 'lead'])).toBe('responsible');
    expect(didYouMean('nmae', ['name', 'member', 'on_behalf'])).toBe('name');
    expect(didYouMean('mzj', ['mz', 'fzz', 'cz'])).toBe('mz');
  });

  it('prefers the candidate that starts like the word on a tie', () => {
    expect(didYouMean('mzz', ['fzz', 'mz'])).toBe('mz');
  });

  it('guesses nothing when nothing is close', () => {
    expect(didYouMean('xyz', ['responsible', 'lead'])).toBeUndefined();
  });

  // The bounded distance (three rows, stopping past the limit) must choose exactly what the full edit-distance
  // matrix chooses: this is the plain definition it replaced.
  it('answers what the full edit-distance matrix answers, for generated words and candidates', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
          d[i]![j] = best;
        }
      return d[a.length]![b.length]!;
    };
    const reference = (word: string, candidates: string[]): string | undefined => {
      const w = word.toLowerCase();
      const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
      const prefix = (c: string): number => [...c].findIndex((ch, n) => ch !== w[n]) + 1 || Math.min(c.length, w.length) + 1;
      const ranked = candidates
        .map((c) => ({ c, d: full(w, c.toLowerCase()), p: prefix(c.toLowerCase()) }))
        .sort((x, y) => x.d - y.d || y.p - x.p || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0));
      return ranked[0] && ranked[0].d <= limit ? ranked[0].c : undefined;
    };
    const letters = fc.constantFrom('a', 'b', 'c', 'B', '-', '1');
    fc.assert(
      fc.property(
        fc.string({ unit: letters, maxLength: 12 }),
        fc.array(fc.string({ unit: letters, maxLength: 12 }), { maxLength: 30 }),
        (w, cs) => {
          expect(didYouMean(w, cs)).toBe(reference(w, cs));
        },
      ),
      { seed: 20261202, numRuns: 3000 },
    );
  });
});
