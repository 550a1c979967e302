// Where a finding about a path points, one walk for both ways of finding nodes: the precise document
// (source-file.ts) and js-yaml's frames (fast-positions.ts), which must point at the same place.
import type { PathSegment } from '../core/diagnostic.js';

/** Where the value and the key at a path start in the text, or undefined where there is none. */
export interface NodeStarts {
  valueAt(path: readonly PathSegment[]): number | undefined;
  keyAt(path: readonly PathSegment[]): number | undefined;
}

/**
 * The offset a finding about `path` points at: the value node when it exists (`lead: wjj` points at `wjj`), else the
 * key (an empty value), else the nearest existing ancestor; undefined when there is none at all. With `on: 'key'` it
 * points at the key first (unknown keys).
 */
export function startAlong(starts: NodeStarts, path: readonly PathSegment[], on: 'value' | 'key'): number | undefined {
  if (on === 'key') {
    const key = starts.keyAt(path);
    if (key !== undefined) return key;
  }
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const value = starts.valueAt(sub);
    if (value !== undefined) return value;
    const key = starts.keyAt(sub);
    if (key !== undefined) return key;
  }
  return undefined;
}
