// One text, one pass: every personal number in it, with its offset.
import { DIGIT_LIKE, digitRuns, hashSkipper } from './digit-runs.js';
import { numbersIn, type FoundNumber } from './find-numbers.js';

export function scanText(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const run of digitRuns(text, hashSkipper(text))) if (run.digits.length >= 11) found.push(...numbersIn(run));
  return found;
}

/** A quick test that lets most texts skip the scan: any digit or Chinese numeral at all. */
export function mayHoldNumbers(text: string): boolean {
  return DIGIT_LIKE.test(text);
}
