// One text, one pass: every personal number in it, with its offset.
import { digitRuns, hashSkipper } from './digit-runs.js';
import { numbersIn, type FoundNumber } from './find-numbers.js';

export function scanText(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const run of digitRuns(text, hashSkipper(text))) if (run.digits.length >= 11) found.push(...numbersIn(run));
  return found;
}

/** A quick test that lets most texts skip the scan: any digit or Chinese numeral at all. */
export function mayHoldNumbers(text: string): boolean {
  // 0-9, ０-９ and 〇零一二三四五六七八九, written as escapes: the bundle stays ASCII (scripts/bundle.js).
  return /[0-9\uff10-\uff19\u3007\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d]/.test(text);
}
