// Personal numbers inside one digit run: identity numbers anywhere in it (their check is strong enough to
// slide over glued digits), then the rest read as mobiles (also after 86 or 0086) and bank cards run
// together, where whole groups that are no such number may stand between them. A run that reads entirely as
// dates (2024-03-15—2024-12-31, 2024/2024-03-15) is left alone.
import { isMobileAt, isIdentityAt, luhnAt } from './numbers.js';
import type { DigitRun } from './digit-runs.js';

export type NumberKind = 'identity' | 'bankCard' | 'mobile';

export interface FoundNumber {
  kind: NumberKind;
  /** Offset in the text of its first digit. */
  offset: number;
  /** Offsets in the text of each of its digits. */
  digitOffsets: number[];
}

function isMonth(s: string): boolean {
  const n = Number(s);
  return s.length <= 2 && n >= 1 && n <= 12;
}
function isDay(s: string): boolean {
  const n = Number(s);
  return s.length <= 2 && n >= 1 && n <= 31;
}
function isYear(s: string): boolean {
  return s.length === 4 && (s.startsWith('19') || s.startsWith('20'));
}
function isCompactDate(s: string): boolean {
  return s.length === 8 && isYear(s.slice(0, 4)) && isMonth(s.slice(4, 6)) && isDay(s.slice(6, 8));
}

/** The groups of the run, read as years, year-month(-day) dates and yyyymmdd dates only. */
function readsAsDates(groups: string[]): boolean {
  let i = 0;
  while (i < groups.length) {
    const g = groups[i]!;
    if (isCompactDate(g)) i++;
    else if (isYear(g)) {
      i++;
      if (i < groups.length && isMonth(groups[i]!)) i++;
      if (i < groups.length && isDay(groups[i]!)) i++;
    } else return false;
  }
  return groups.length > 1 || isCompactDate(groups[0]!);
}

function groupsOf(run: DigitRun): string[] {
  return run.groupStarts.map((s, i) => run.digits.slice(s, run.groupStarts[i + 1] ?? run.digits.length));
}

interface Token {
  kind: NumberKind;
  at: number;
  length: number;
}

/** Tokens that may start at `at` of `digits` (within `end`). */
function tokensAt(digits: string, at: number, end: number): Token[] {
  const out: Token[] = [];
  if (at + 11 <= end && isMobileAt(digits, at)) out.push({ kind: 'mobile', at, length: 11 });
  if (digits.startsWith('86', at) && at + 13 <= end && isMobileAt(digits, at + 2)) out.push({ kind: 'mobile', at, length: 13 });
  if (digits.startsWith('0086', at) && at + 15 <= end && isMobileAt(digits, at + 4)) out.push({ kind: 'mobile', at, length: 15 });
  for (let len = 16; len <= 19 && at + len <= end; len++) if (luhnAt(digits, at, len)) out.push({ kind: 'bankCard', at, length: len });
  return out;
}

/**
 * Read `digits[from..to)` as numbers run together, where a whole group (between separators) may be passed
 * over; the reading with the most numbers wins. Linear: at most a few tokens start at each position.
 */
function readSegment(digits: string, from: number, to: number, boundaries: ReadonlySet<number>): Token[] {
  const best = new Array<{ count: number; prev: number; token?: Token } | undefined>(to - from + 1);
  best[0] = { count: 0, prev: -1 };
  const nextBoundary = (p: number): number => {
    for (let q = p + 1; q <= to; q++) if (q === to || boundaries.has(q)) return q;
    return to;
  };
  const offer = (p: number, count: number, prev: number, token?: Token): void => {
    const cur = best[p - from];
    if (!cur || cur.count < count) best[p - from] = { count, prev, token };
  };
  for (let p = from; p < to; p++) {
    const here = best[p - from];
    if (!here) continue;
    for (const t of tokensAt(digits, p, to)) offer(p + t.length, here.count + 1, p, t);
    if (p === from || boundaries.has(p)) offer(nextBoundary(p), here.count, p);
  }
  const out: Token[] = [];
  for (let p = to; p > from;) {
    const step = best[p - from];
    if (!step) return [];
    if (step.token) out.unshift(step.token);
    p = step.prev;
  }
  return out;
}

/** The offsets of `length` digits from `at` (an X check character after the run included). */
function offsetsOf(run: DigitRun, at: number, length: number): number[] {
  const out = run.offsets.slice(at, at + length);
  if (out.length < length && run.checkX !== undefined) out.push(run.checkX);
  return out;
}

/** The personal numbers of one run. */
export function numbersIn(run: DigitRun): FoundNumber[] {
  const { digits } = run;
  if (digits.length < 11 || readsAsDates(groupsOf(run))) return [];
  const found: FoundNumber[] = [];
  const ids: Array<[number, number]> = [];
  const withX = run.checkX !== undefined ? `${digits}X` : digits;
  for (let i = 0; i + 18 <= withX.length; i++) {
    if (!isIdentityAt(withX, i)) continue;
    ids.push([i, i + 18]);
    found.push({ kind: 'identity', offset: run.offsets[i]!, digitOffsets: offsetsOf(run, i, 18) });
    i += 17;
  }
  const boundaries = new Set(run.groupStarts);
  let from = 0;
  for (const [start, end] of [...ids, [digits.length, digits.length] as [number, number]]) {
    if (start - from >= 11) {
      boundaries.add(start);
      for (const t of readSegment(digits, from, Math.min(start, digits.length), boundaries))
        found.push({ kind: t.kind, offset: run.offsets[t.at]!, digitOffsets: offsetsOf(run, t.at, t.length) });
    }
    from = Math.min(end, digits.length);
    boundaries.add(from);
  }
  return found.sort((a, b) => a.offset - b.offset);
}
