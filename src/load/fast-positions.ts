// Where a node of a file that took the fast path is, without the precise parser: the same js-yaml read as
// fast-parse.ts, with a listener that notes where each node starts. A finding asks for positions in files that are
// warm in js-yaml by then, while a first read by the `yaml` library runs cold code (some 10 ms on the example, and a
// few ms for each further file). It answers only where its answer is the precise parser's (source-file.ts asks that
// one otherwise): a value that is null or empty, a flow mapping, a pair in a bracketed list, a lone carriage return,
// anything js-yaml reads in a way this cannot follow, is left to it. tests/load/fast-positions.test.ts compares the
// two on every node of the examples and fixtures and on generated texts.
import { load } from 'js-yaml';
import type { PathSegment, Position } from '../core/diagnostic.js';
import type { LineCounter } from 'yaml';
import { FAST_OPTIONS } from './fast-parse.js';
import { startAlong, type NodeStarts } from './start-along.js';
import { linesOf } from './yaml-document.js';

/** A node as js-yaml composed it: where it starts, and its children once its kind is known. */
interface Frame {
  /** Where js-yaml started composing it; the node itself starts at the first character that is not space or comment. */
  open: number;
  /** Where js-yaml stopped. */
  end: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
  /** A mapping's entries, key and value (null: the value was empty), by the key as a string. */
  entries?: Map<string, [Frame, Frame | null]>;
}

/** Not a position this can vouch for: the precise parser is asked instead. */
class Unsure extends Error {}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d;
}

/** The first offset from `at` that is neither space, line break nor comment. */
function contentStart(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    // A comment: `#` at the start of a line or after a space (at `at` itself only if a space or line start precedes).
    if (text.charCodeAt(i) !== 0x23 || (i > 0 && !isSpace(text.charCodeAt(i - 1)))) return i;
    const eol = text.indexOf('\n', i);
    if (eol < 0) return text.length;
    i = eol;
  }
}

/** Whether the text after `at` (spaces skipped) is a `:`, as after a key. */
function colonAfter(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  return text.charCodeAt(i) === 0x3a;
}

/** A mapping's entries, when its children are keys each followed by at most one value, one key for each entry. */
function entriesOf(text: string, frame: Frame): Map<string, [Frame, Frame | null]> | undefined {
  if (text.charCodeAt(contentStart(text, frame.open)) === 0x7b) return undefined; // a flow mapping
  const entries = new Map<string, [Frame, Frame | null]>();
  const children = frame.children;
  for (let i = 0; i < children.length; i++) {
    const key = children[i]!;
    if (key.kind !== 'scalar' || !colonAfter(text, key.end)) return undefined;
    const next = children[i + 1];
    const value = next && !colonAfter(text, next.end) ? next : null;
    if (value) i++;
    const name = String(key.result);
    const read = (frame.result as Record<string, unknown>)[name];
    // Each entry as js-yaml stored it: its value, or null for an empty one.
    if (entries.has(name) || !Object.is(value ? value.result : null, read)) return undefined;
    entries.set(name, [key, value]);
  }
  return entries.size === Object.keys(frame.result as object).length ? entries : undefined;
}

/** The frame of every node of the text, the document's at the root; undefined where js-yaml read none. */
function framesOf(text: string): Frame | undefined {
  const stack: Frame[] = [];
  let root: Frame | undefined;
  const listener = (event: 'open' | 'close', state: { position: number; kind: string | null; result: unknown }): void => {
    if (event === 'open') {
      stack.push({ open: state.position, end: state.position, kind: null, result: undefined, children: [] });
      return;
    }
    const frame = stack.pop()!;
    frame.end = state.position;
    frame.kind = state.kind;
    frame.result = state.result;
    if (stack.length > 0) stack[stack.length - 1]!.children.push(frame);
    else root = frame;
  };
  load(text, { ...FAST_OPTIONS, listener });
  return root;
}

/** Where the node of a frame starts; a null or empty node is the precise parser's to place. */
function startOf(text: string, frame: Frame): number {
  if (frame.result === null || frame.result === undefined) throw new Unsure();
  return contentStart(text, frame.open);
}

export class FastPositions implements NodeStarts {
  readonly #lines: LineCounter;

  private constructor(
    private readonly text: string,
    private readonly root: Frame,
  ) {
    this.#lines = linesOf(text);
  }

  /** The positions of a text the fast path took, or undefined where they cannot be vouched for. */
  static of(text: string): FastPositions | undefined {
    // A carriage return that ends a line alone: the two parsers count such lines differently.
    if (/\r(?!\n)/.test(text)) return undefined;
    try {
      const root = framesOf(text);
      return root ? new FastPositions(text, root) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The frame at a path (value side) as source-file.ts's nodeAt finds it: null where there is none. */
  #frameAt(path: readonly PathSegment[]): Frame | null {
    let frame: Frame | null = this.root;
    for (const segment of path) {
      if (frame === null) return null;
      frame = this.#child(frame, segment);
    }
    return frame;
  }

  #entries(frame: Frame): Map<string, [Frame, Frame | null]> {
    if (!frame.entries) {
      const entries = entriesOf(this.text, frame);
      if (!entries) throw new Unsure();
      frame.entries = entries;
    }
    return frame.entries;
  }

  /** One step down: an entry's value, a list's item; null where there is none. */
  #child(frame: Frame, segment: PathSegment): Frame | null {
    if (frame.kind === 'mapping') {
      const entry = this.#entries(frame).get(String(segment));
      if (!entry) return null;
      // An entry with an empty value: the precise parser has a node there, this has none.
      if (!entry[1]) throw new Unsure();
      return entry[1];
    }
    if (frame.kind === 'sequence') {
      if (typeof segment !== 'number') return null;
      const items = frame.result as unknown[];
      // Each item its own frame: an empty item has none, and a pair in a bracketed list has two.
      if (frame.children.length !== items.length || frame.children.some((c, i) => !Object.is(c.result, items[i]))) throw new Unsure();
      return frame.children[segment] ?? null;
    }
    return null;
  }

  /** The key of the entry at a path, as source-file.ts's pairAt finds it: null where there is none. */
  #keyFrameAt(path: readonly PathSegment[]): Frame | null {
    if (path.length === 0) return null;
    const parent = this.#frameAt(path.slice(0, -1));
    if (parent?.kind !== 'mapping') return null;
    return this.#entries(parent).get(String(path[path.length - 1]))?.[0] ?? null;
  }

  valueAt(path: readonly PathSegment[]): number | undefined {
    const frame = this.#frameAt(path);
    return frame ? startOf(this.text, frame) : undefined;
  }

  keyAt(path: readonly PathSegment[]): number | undefined {
    const key = this.#keyFrameAt(path);
    return key ? startOf(this.text, key) : undefined;
  }

  /** source-file.ts's positionOf, or undefined where the precise parser must answer. */
  positionOf(path: readonly PathSegment[], on: 'value' | 'key'): Position | undefined {
    try {
      const at = startAlong(this, path, on);
      if (at === undefined) return undefined;
      const { line, col } = this.#lines.linePos(at);
      return { line, column: col };
    } catch (e) {
      if (e instanceof Unsure) return undefined;
      throw e;
    }
  }
}
