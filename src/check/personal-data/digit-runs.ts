// One linear pass over a text that finds every run of digits as a person would type a number: ASCII or
// full-width digits, Chinese numerals where they stand in a row, groups joined by spaces of every kind
// (no-break, ideographic, zero-width), dashes, dots, slashes or underscores. Each digit keeps the offset of
// the character it came from, so a finding points at the number in the file.

/** A run of digit groups, normalised to ASCII digits. */
export interface DigitRun {
  digits: string;
  /** Offset in the text of each digit. */
  offsets: number[];
  /** Index in `digits` where each group starts (the first is 0). */
  groupStarts: number[];
  /** An X (ASCII or full-width) right after the run: the check character of an identity number. */
  checkX?: number;
}

/** The value of a Chinese numeral (〇零一二三四五六七八九), else -1. */
function chineseDigit(code: number): number {
  switch (code) {
    case 0x3007: // 〇
    case 0x96f6: // 零
      return 0;
    case 0x4e00: // 一
      return 1;
    case 0x4e8c: // 二
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    default:
      return -1;
  }
}

/** Characters that may stand between digit groups: spaces, zero-width characters, dashes, dots, slashes, underscores. */
const SEPARATOR_CHARS = new Set(
  [
    ' \t\u00a0\u1680\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff',
    '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d',
    '.\uff0e\u00b7\u30fb\u2024',
    '/\uff0f\u2215',
    '_\uff3f',
  ]
    .join('')
    .split('')
    .concat(Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))),
);
const SEPARATORS = new Set([...SEPARATOR_CHARS].map((ch) => ch.charCodeAt(0)));
const DECIMAL_POINTS = new Set(['.', '\uff0e']);
/** At most this many separator characters between two groups. */
const MAX_SEPARATOR = 4;

/** The value of an ASCII or full-width digit, else -1. */
function plainDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

function isDigitish(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  return plainDigit(code) >= 0 || chineseDigit(code) >= 0;
}

/** The digit at `i`: a Chinese numeral counts only beside another digit or numeral (一项 stays a word). */
function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const plain = plainDigit(code);
  if (plain >= 0) return plain;
  const chinese = chineseDigit(code);
  if (chinese < 0) return -1;
  return isDigitish(text, i - 1) || isDigitish(text, i + 1) ? chinese : -1;
}

function isX(ch: string | undefined): boolean {
  return ch === 'X' || ch === 'x' || ch === '\uff38' || ch === '\uff58';
}

/** Past the separators from `i`, when a digit follows them; else -1. */
function nextGroupAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < MAX_SEPARATOR && SEPARATORS.has(text.charCodeAt(j))) j++;
  return j > i && j < text.length && digitAt(text, j) >= 0 ? j : -1;
}

/** The shortest personal number has 11 digits: shorter runs are measured, never built. */
const MIN_DIGITS = 11;

/** The end of the run that starts at `start`, and how many digits it has. */
function measureRun(text: string, start: number): { end: number; count: number } {
  let count = 0;
  let j = start;
  for (;;) {
    if (digitAt(text, j) >= 0) {
      count++;
      j++;
      continue;
    }
    const next = nextGroupAt(text, j);
    if (next < 0) return { end: j, count };
    j = next;
  }
}

function buildRun(text: string, start: number, end: number): DigitRun {
  let digits = '';
  const offsets: number[] = [];
  const groupStarts = [0];
  let lastSeparator = '';
  for (let i = start; i < end;) {
    const d = digitAt(text, i);
    if (d >= 0) {
      digits += String.fromCharCode(48 + d);
      offsets.push(i++);
      continue;
    }
    const next = nextGroupAt(text, i);
    groupStarts.push(digits.length);
    lastSeparator = text.slice(i, next);
    i = next;
  }
  // 130000000.00: a decimal fraction after a single dot ends an amount; it is no digit group of a number.
  const last = groupStarts[groupStarts.length - 1]!;
  if (last > 0 && digits.length - last <= 3 && DECIMAL_POINTS.has(lastSeparator)) {
    digits = digits.slice(0, last);
    offsets.length = last;
    groupStarts.pop();
  }
  const run: DigitRun = { digits, offsets, groupStarts };
  if (isX(text[end]) && !/[A-Za-z]/.test(text[end + 1] ?? '')) run.checkX = end;
  return run;
}

function isHexLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[a-fA-F]/.test(ch);
}

/**
 * A character that can be a digit: 0-9, ０-９ and 〇零一二三四五六七八九, written as escapes (the bundle stays ASCII,
 * scripts/bundle.js).
 */
export const DIGIT_LIKE = /[0-9\uff10-\uff19\u3007\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d]/;

/** DIGIT_LIKE, to search with from a position (lastIndex); one for all calls, since every use sets lastIndex first. */
const CANDIDATE = new RegExp(DIGIT_LIKE.source, 'g');

/**
 * Every digit run of `text` with at least 11 digits, in order. `skip(offset)` gives the end of a range to
 * pass over (a hash) when a run touches a hex letter, or -1.
 */
export function digitRuns(text: string, skip: (offset: number) => number = () => -1): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    // The regular expression jumps to the next character that can be a digit; digitAt decides whether it is one.
    // test(), not exec(): it makes no match array, and a match is one character, just before lastIndex.
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) break;
    i = CANDIDATE.lastIndex - 1;
    if (digitAt(text, i) < 0) {
      i++;
      continue;
    }
    const { end, count } = measureRun(text, i);
    if (count >= MIN_DIGITS) {
      const hashEnd = isHexLetter(text[i - 1]) || isHexLetter(text[end]) ? skip(i) : -1;
      if (hashEnd > i) {
        i = hashEnd;
        continue;
      }
      runs.push(buildRun(text, i, end));
    }
    i = end;
  }
  return runs;
}

const HASH_LENGTHS = new Set([32, 40, 64, 128]);

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}
function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * A skip function for digitRuns that passes over hexadecimal hashes (md5, sha1, sha256, sha512: 32, 40, 64
 * or 128 hex characters with at least one letter, standing alone). Each token is measured once.
 */
export function hashSkipper(text: string): (offset: number) => number {
  let tokenEnd = -1;
  let tokenIsHash = false;
  return (offset) => {
    if (offset < tokenEnd) return tokenIsHash ? tokenEnd : -1;
    let start = offset;
    while (start > 0 && isHex(text.charCodeAt(start - 1))) start--;
    let end = offset;
    let letters = 0;
    for (let k = start; k < offset; k++) if (text.charCodeAt(k) > 57) letters++;
    while (end < text.length && isHex(text.charCodeAt(end))) if (text.charCodeAt(end++) > 57) letters++;
    const alone = (start === 0 || !isAlnum(text.charCodeAt(start - 1))) && (end === text.length || !isAlnum(text.charCodeAt(end)));
    tokenEnd = end;
    tokenIsHash = alone && letters > 0 && HASH_LENGTHS.has(end - start);
    return tokenIsHash ? end : -1;
  };
}
