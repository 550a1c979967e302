// "Did you mean …?": the closest known name to a mistyped one.

/** Edit distance where swapping two neighbouring letters (nmae → name) counts as one edit. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
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
    const d = distance(w, c.toLowerCase());
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
  const m = /[，：－、；（）　]/.exec(value);
  if (!m) return undefined;
  return {
    zh: `其中有中文全角字符“${m[0]}”,请切换到英文输入法重新输入。`,
    en: `It contains the full-width character "${m[0]}"; switch the input method to English and retype it.`,
  };
}
