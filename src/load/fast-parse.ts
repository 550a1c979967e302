// Parse a record's text fast to plain values, without positions, when it is plainly well-formed: js-yaml with the
// scalars of YAML 1.2's core schema exactly as the `yaml` library reads them (2024-03-15 stays a string, no 0b, no
// underscores). Whatever is out of the ordinary — anchors, aliases, tags, directives, several documents, complex keys,
// tabs, the full-width punctuation of an input method, a duplicate key, any error — is left to the precise parser
// (parse-yaml.ts), so that its findings and hints stay exactly what they are. So is every file that the input limits
// (limits.ts) or the guards (yaml-guards.ts) might concern: a long line before the parse, keys per mapping, items per
// list and depth on the parsed values; aliases, anchors, tags (`!!merge`) and duplicate keys are declined outright.
// Positions are found later, for the files that have findings only (source-file.ts parses those again with `yaml`).
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { LIMITS } from './limits.js';

// The resolvers of the `yaml` library's core schema (yaml/dist/schema/core), value for value. One type per tag:
// js-yaml keeps only the last type of a tag.
const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown): Type =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => test.test(s ?? ''),
    construct: (s: string | null) => construct(s ?? ''),
  });

const INT = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_FIXED = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT = new RegExp([FLOAT_SPECIAL, FLOAT_EXP, FLOAT_FIXED].map((r) => `(?:${r.source})`).join('|'));

function toInt(s: string): number {
  if (s.startsWith('0o')) return parseInt(s.slice(2), 8);
  if (s.startsWith('0x')) return parseInt(s.slice(2), 16);
  return parseInt(s, 10);
}

function toFloat(s: string): number {
  if (/nan$/i.test(s)) return NaN;
  if (/inf$/i.test(s)) return s.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return parseFloat(s);
}

const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int', INT, toInt),
    scalar('float', FLOAT, toFloat),
  ],
});

/** How js-yaml reads on the fast path: the core schema above, and a duplicate key is an error. */
export const FAST_OPTIONS = { schema: CORE, json: false } as const;

/**
 * Text the fast path declines: tabs, anchors/aliases/tags (`&` `*` `!` after a space or a flow bracket),
 * directives and document markers, complex keys (`?`), very long lines (a key may not pass 1024 characters), and
 * the lines the precise parser explains with a hint (a key followed by a full-width colon, a full-width list dash,
 * a full-width comma in a bracketed list). Each pattern runs only when a character it needs (or one of them) is in the
 * text.
 */
const OUT_OF_THE_ORDINARY: ReadonlyArray<[string | readonly string[], RegExp]> = [
  ['\t', /\t/],
  ['&', /(?:^|[\s[{,])&/m],
  ['*', /(?:^|[\s[{,])\*/m],
  ['!', /(?:^|[\s[{,])!/m],
  ['%', /^%/m],
  ['---', /^---/m],
  ['...', /^\.\.\./m],
  ['?', /(?:^|\s)\?(?:\s|$)/m],
  // A list item with nothing after its dash (`-`, or `- -`): js-yaml takes a dash on a less indented line after it
  // into the same list.
  ['-', /^ *(?:- +)*- *(?:#.*)?\r?$/m],
  // A block scalar with an indentation indicator (`|2`): js-yaml counts it from another column at the top level.
  [['|', '>'], /[|>](?:[1-9][+-]?|[+-][1-9]) *(?:#.*)?\r?$/m],
  // A block scalar as the whole file, its text in column 0, which js-yaml folds otherwise.
  [['|', '>'], /^[|>]/m],
  // A comment right after a closing quote or bracket (`[mz]#`), an error to the precise parser, a comment to js-yaml.
  ['#', /["'\]}]#/],
  // An entry of a bracketed list or mapping that starts with its colon (`[: mz]`): js-yaml names the empty key "null".
  [':', /[[{,] *:/],
  // A carriage return that does not end a line with a line feed: js-yaml and the precise parser read it differently.
  ['\r', /\r(?!\n)/],
  // The hints of parse-yaml.ts, with `\s` kept within the line ([^\S\n]). The full-width characters are escapes in
  // the regular expressions (\uff1a ：, \uff0d －, \u2014 —, \u2013 –, \uff0c ，): the bundle stays ASCII (scripts/bundle.js).
  ['：', /^[^\S\n]*(?:-[^\S\n]+)?[A-Za-z_][A-Za-z0-9_-]*[^\S\n]*\uff1a/m],
  [['－', '—', '–'], /^[^\S\n]*[\uff0d\u2014\u2013]\s/m],
  ['，', /^[^\S\n]*(?:-[^\S\n]+)?[A-Za-z_][A-Za-z0-9_-]*:[^\S\n]*\[[^\]#\n]*\uff0c/m],
];

/** Lines from this length on are the precise parser's: a key may not pass 1024 characters, a line LIMITS.lineChars. */
const LONG_LINE = Math.min(1000, LIMITS.lineChars);

function hasLongLine(text: string): boolean {
  if (text.length < LONG_LINE) return false;
  let start = 0;
  for (let end = text.indexOf('\n'); start < text.length; end = text.indexOf('\n', start)) {
    if ((end < 0 ? text.length : end) - start >= LONG_LINE) return true;
    if (end < 0) break;
    start = end + 1;
  }
  return false;
}

/**
 * A line that leaves a quoted scalar or a flow collection open (an odd number of quotes, once escapes are taken
 * out; more opening than closing brackets). The precise parser holds the lines that continue it to indentation
 * rules that js-yaml does not apply, so such a file is the precise parser's to read.
 */
function hasOpenLine(text: string): boolean {
  let double = 0;
  let single = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (double % 2 === 1 || single % 2 === 1 || depth > 0) return true;
      double = single = depth = 0;
    } else if (c === 0x5c && text.charCodeAt(i + 1) !== 0x0a)
      i++; // a backslash and what it escapes on the line
    else if (c === 0x22) double++;
    else if (c === 0x27) single++;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return double % 2 === 1 || single % 2 === 1 || depth > 0;
}

function isOutOfTheOrdinary(text: string): boolean {
  for (const [needs, re] of OUT_OF_THE_ORDINARY) {
    const present = typeof needs === 'string' ? text.includes(needs) : needs.some((n) => text.includes(n));
    if (present && re.test(text)) return true;
  }
  return hasLongLine(text) || hasOpenLine(text);
}

/**
 * Whether parsed values stay within the limits that limits.ts checks on the parser's tokens: keys per mapping,
 * items per list, levels of nesting (the top collection is level 1). The values of the fast path hold no alias, so
 * they are a tree: one walk, with an explicit stack.
 */
export function withinShapeLimits(data: unknown): boolean {
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > LIMITS.depth) return false;
    const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
    if (items.length > (Array.isArray(value) ? LIMITS.itemsPerList : LIMITS.keysPerMapping)) return false;
    for (const item of items) if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
  }
  return true;
}

export type FastParse = { ok: true; data: unknown } | { ok: false };

/** V8 makes a string of this length or more taken out of a longer one a view of it (a slice), not a copy. */
const SLICE_MIN = 13;

/**
 * Values this short are mostly ones that recur from record to record: ids of members and meetings, dates, states.
 * Each is kept once, however many records hold it: on 11,000 files that takes some 8 MiB off the peak.
 */
const SHARED_MAX_LENGTH = 32;
/** At most this many different short values are kept once; past it, new ones are simply kept as they come. */
const SHARED_MAX_COUNT = 1 << 17;
const shared = new Map<string, string>();

/**
 * js-yaml reads a copy of the text (with a NUL appended), and every longer value it returns is a slice of that
 * copy: kept with the records, the values would keep a second copy of every file's text alive, a fifth of the
 * memory of a large archive. Each such value is replaced by a string of its own (a JSON round trip copies it
 * exactly, lone surrogates included), so that the copy is freed. A short value seen before is replaced by the
 * string kept for it.
 */
function detachStrings(data: unknown): void {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const holder = value as Record<string, unknown>;
    for (const key of Object.keys(holder)) {
      const item = holder[key];
      if (typeof item === 'string') {
        if (item.length <= SHARED_MAX_LENGTH) {
          const kept = shared.get(item);
          if (kept !== undefined) holder[key] = kept;
          else {
            const own = item.length >= SLICE_MIN ? (JSON.parse(JSON.stringify(item)) as string) : item;
            if (shared.size < SHARED_MAX_COUNT) shared.set(own, own);
            holder[key] = own;
          }
        } else holder[key] = JSON.parse(JSON.stringify(item)) as string;
      } else if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
}

/** The file's data when the fast path takes it, else `{ ok: false }` (then parse it precisely). */
export function parseFast(text: string): FastParse {
  if (isOutOfTheOrdinary(text)) return { ok: false };
  try {
    // js-yaml refuses duplicate keys (json: false) and a second document; an empty file is null, as in `yaml`.
    const data = load(text, FAST_OPTIONS);
    // A file past a limit is refused by the precise parser, with the limit's finding where it is passed.
    if (!withinShapeLimits(data)) return { ok: false };
    detachStrings(data);
    return { ok: true, data: data === undefined ? null : data };
  } catch {
    // Any error, a stack overflow on deep nesting included, is the precise parser's to explain.
    return { ok: false };
  }
}
