import { describe, expect, it } from 'vitest';
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
});
