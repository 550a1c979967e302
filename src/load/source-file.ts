// A file of the record folder as loaded: its text, its YAML document, and the positions of its nodes.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { PathSegment, Position } from '../core/diagnostic.js';
import { FastPositions } from './fast-positions.js';
import { parseYamlDocument } from './yaml-document.js';

export interface SourceFile {
  /** Relative to the record folder, `/` separators. */
  path: string;
  /** The text as parsed (BOM removed). Empty when the file could not be read. */
  text: string;
  /** Parsed document; absent when the file could not be read or decoded. */
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  /** Where a node is, found without the document where that can be vouched for (fast-positions.ts); else undefined. */
  fastPositionOf?(path: readonly PathSegment[], on: 'value' | 'key'): Position | undefined;
}

/**
 * A file that parsed on the fast path (fast-parse.ts). Where a finding points is found by js-yaml, already warm, where
 * that can be vouched for (fast-positions.ts); its document and line counter are made by the precise parser on first
 * use otherwise (a node it cannot place, the personal-data guard's second look), and kept from then on. A class
 * rather than closures: one small object per file, which counts at a hundred thousand files.
 */
class LazySourceFile implements SourceFile {
  #parsed: ReturnType<typeof parseYamlDocument> | undefined;
  /** The positions js-yaml finds, once asked for; null when it found none to vouch for. */
  #fast: FastPositions | null | undefined;
  /** Once asked for, the text is kept: a file that is looked into is read again once, not at every question. */
  #text: string | undefined;

  /** `source` holds the text: the text itself, or a file that reads it again (read-again.ts). */
  constructor(
    readonly path: string,
    private readonly source: { readonly text: string },
  ) {}

  get text(): string {
    return (this.#text ??= this.source.text);
  }

  get doc(): Document.Parsed {
    return (this.#parsed ??= parseYamlDocument(this.text)).doc;
  }

  get lineCounter(): LineCounter {
    return (this.#parsed ??= parseYamlDocument(this.text)).lineCounter;
  }

  fastPositionOf(path: readonly PathSegment[], on: 'value' | 'key'): Position | undefined {
    // Once the document is made, it answers: it is the reference, and as fast.
    if (this.#parsed) return undefined;
    if (this.#fast === undefined) this.#fast = FastPositions.of(this.text) ?? null;
    return this.#fast?.positionOf(path, on);
  }
}

export function lazySourceFile(path: string, text: string | { readonly text: string }): SourceFile {
  return new LazySourceFile(path, typeof text === 'string' ? { text } : text);
}

export type { PathSegment };

function offsetToPosition(file: SourceFile, offset: number): Position {
  if (!file.lineCounter) return { line: 1, column: 1 };
  const { line, col } = file.lineCounter.linePos(offset);
  return { line, column: col };
}

/** The YAML node at a path (value side), or undefined. */
export function nodeAt(file: SourceFile, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = file.doc?.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return (node ?? undefined) as Node | undefined;
}

/** The map entry (key and value) for the last segment of a path, or undefined. */
export function pairAt(file: SourceFile, path: readonly PathSegment[]): Pair | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(file, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const key = String(path[path.length - 1]);
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return isPair(pair) ? pair : undefined;
}

/**
 * Where a finding about `path` points: the value node when it exists (`lead: wjj` points at `wjj`),
 * else the key (an empty value), else the nearest existing ancestor, else line 1 column 1.
 * With `on: 'key'` it points at the key instead (unknown keys).
 */
export function positionOf(file: SourceFile, path: readonly PathSegment[], on: 'value' | 'key' = 'value'): Position {
  const fast = file.fastPositionOf?.(path, on);
  if (fast) return fast;
  if (on === 'key') {
    const pair = pairAt(file, path);
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return offsetToPosition(file, keyNode.range[0]);
  }
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const node = nodeAt(file, sub);
    if (node?.range) return offsetToPosition(file, node.range[0]);
    const pair = pairAt(file, sub);
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return offsetToPosition(file, keyNode.range[0]);
  }
  return { line: 1, column: 1 };
}

export function positionOfOffset(file: SourceFile, offset: number): Position {
  return offsetToPosition(file, offset);
}
