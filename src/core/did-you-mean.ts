// "Did you mean …?": the closest known name to a mistyped one.

/**
 * Edit distance where swapping two neighbouring letters (nmae → name) counts as one edit, computed only as far as
 * `max`: a larger distance is answered as `max + 1` as soon as it is certain (three rows, no matrix), so comparing a
 * word with ten thousand ids costs little more than reading them.
 */
function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Uint32Array(b.length + 1); // row i - 2
  let previous = new Uint32Array(b.length + 1); // row i - 1
  let row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // No later row has a smaller minimum than this one.
    if (rowMin > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * Words longer than this are not compared: the edit distance is quadratic in length, and no id or key is
 * this long, so a longer word is never a typo of one.
 */
export const MAX_COMPARED_CHARS = 64;

/** The closest candidate within a third of the word's length (at least 1, at most 3 edits), if any. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  if (typeof word !== 'string' || word.length > MAX_COMPARED_CHARS) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  const w = word.toLowerCase();
  const prefix = (c: string): number => {
    let n = 0;
    while (n < c.length && n < w.length && c[n] === w[n]) n++;
    return n;
  };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (typeof c !== 'string' || c.length > MAX_COMPARED_CHARS) continue;
    // Only candidates within the limit can be the answer, and only those no further than the best so far matter.
    const d = distanceWithin(w, c.toLowerCase(), Math.min(limit, bestDistance));
    if (d > limit) continue;
    // On a tie, the candidate that starts like the word wins (mzz → mz, not fzz), then the alphabetical first.
    const better =
      d < bestDistance ||
      (d === bestDistance &&
        best !== undefined &&
        (prefix(c.toLowerCase()) > prefix(best.toLowerCase()) || (prefix(c.toLowerCase()) === prefix(best.toLowerCase()) && c < best)));
    if (better) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** Full-width punctuation that a Chinese input method types where an id or date needs ASCII. */
export function fullWidthHint(value: string): { zh: string; en: string } | undefined {
  // ，：－、；（）and the ideographic space
  const m = /[\uff0c\uff1a\uff0d\u3001\uff1b\uff08\uff09\u3000]/.exec(value);
  if (!m) return undefined;
  return {
    zh: `其中有中文全角字符“${m[0]}”,请切换到英文输入法重新输入。`,
    en: `It contains the full-width character "${m[0]}"; switch the input method to English and retype it.`,
  };
}
