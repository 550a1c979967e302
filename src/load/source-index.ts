// Where a field of a loaded record sits in its file. Records are plain data; a finding that needs a line and
// column asks this index by the file's path and the field's path. One small interface, so that how it finds
// positions (today: the YAML documents parsed while loading) can change without touching its users.
import type { PathSegment, Position } from '../core/diagnostic.js';
import { positionOf, positionOfOffset, type SourceFile } from './source-file.js';

export interface SourceIndex {
  /**
   * The 1-based line and column of the field at `path` in `file` (relative to the record folder): its value, or
   * with `on: 'key'` its key; the nearest existing ancestor when it is missing; line 1 column 1 when unknown.
   */
  positionOf(file: string, path: readonly PathSegment[], on?: 'value' | 'key'): Position;
  /** The line and column of a character offset in the file's text. */
  positionOfOffset(file: string, offset: number): Position;
  /** The file as parsed, for checks that walk every node and comment of it (personal data); undefined when not read. */
  sourceFile(file: string): SourceFile | undefined;
}

/** An index over the files parsed while loading. */
export function sourceIndexOf(files: Iterable<SourceFile>): SourceIndex {
  const byPath = new Map<string, SourceFile>();
  for (const f of files) byPath.set(f.path, f);
  const fileAt = (path: string): SourceFile => byPath.get(path) ?? { path, text: '' };
  return {
    positionOf: (file, path, on = 'value') => positionOf(fileAt(file), path, on),
    positionOfOffset: (file, offset) => positionOfOffset(fileAt(file), offset),
    sourceFile: (file) => byPath.get(file),
  };
}
