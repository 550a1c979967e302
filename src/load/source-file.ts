// A file of the record folder as loaded: its text, its YAML document, and the positions of its nodes.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { PathSegment, Position } from '../core/diagnostic.js';
import { FastPositions } from './fast-positions.js';
import { startAlong, type NodeStarts } from './start-along.js';
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

/** Where the value and the key at a path start in the precise document. */
function documentStarts(file: SourceFile): NodeStarts {
  return {
    valueAt: (path) => nodeAt(file, path)?.range?.[0],
    keyAt: (path) => (pairAt(file, path)?.key as Node | undefined)?.range?.[0],
  };
}

/**
 * Where a finding about `path` points (start-along.ts), else line 1 column 1. A file read on the fast path answers
 * from js-yaml where it can vouch for the precise document's answer.
 */
export function positionOf(file: SourceFile, path: readonly PathSegment[], on: 'value' | 'key' = 'value'): Position {
  const fast = file.fastPositionOf?.(path, on);
  if (fast) return fast;
  const at = startAlong(documentStarts(file), path, on);
  return at === undefined ? { line: 1, column: 1 } : offsetToPosition(file, at);
}

export function positionOfOffset(file: SourceFile, offset: number): Position {
  return offsetToPosition(file, offset);
}
