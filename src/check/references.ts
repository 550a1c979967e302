// Every id that a record names must exist: the reference fields of each kind are in core/record-kinds.ts.
import type { Diagnostic } from '../core/diagnostic.js';
import { unknownName } from '../core/unknown-id.js';
import type { PathSegment } from '../core/diagnostic.js';
import type { SourceIndex } from '../load/source-index.js';
import { FOLDER_KINDS, kindSpec, valuesAt, type FolderKind } from '../core/record-kinds.js';
import { recordsOfKind, type Rec, type Records } from '../model/records.js';

interface Ref {
  path: PathSegment[];
  id: string;
  target: FolderKind;
  /** Extra ids that are valid here besides records (e.g. `office` for a convener). */
  also?: readonly string[];
  orTarget?: FolderKind;
}

/** The ids a record names, by the reference fields of its kind in the table of record kinds. */
function refsOf(rec: Rec<unknown>): Ref[] {
  const refs: Ref[] = [];
  for (const field of kindSpec(rec.kind).references)
    for (const { path, value } of valuesAt(rec.data, field.path))
      if (typeof value === 'string') refs.push({ path, id: value, target: field.target, also: field.also, orTarget: field.orTarget });
  return refs;
}

export function checkReferences(records: Records, source: SourceIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all: Rec<unknown>[] = [
    ...(records.body ? [records.body] : []),
    ...FOLDER_KINDS.flatMap((kind) => [...recordsOfKind(records, kind).values()]),
  ];
  // A folder that could not be read may hold the record referred to: its own finding comes first.
  const folderOf = {
    member: 'members/',
    duty: 'duties/',
    meeting: 'meetings/',
    resolution: 'resolutions/',
    supervision: 'supervision/',
  } as const;
  const unsure = (target: keyof typeof folderOf): boolean =>
    [...records.unreadable].some((p) => p.endsWith('/') && (p.startsWith(folderOf[target]) || folderOf[target].startsWith(p) || p === ''));
  for (const rec of all) {
    for (const ref of refsOf(rec)) {
      if (records.ids[ref.target].has(ref.id) || ref.also?.includes(ref.id) || unsure(ref.target)) continue;
      if (ref.orTarget !== undefined && (records.ids[ref.orTarget].has(ref.id) || unsure(ref.orTarget))) continue;
      out.push({
        file: rec.file.path,
        ...source.positionOf(rec.file.path, ref.path),
        severity: 'error',
        rule: 'reference',
        message: unknownName({ id: ref.id, kind: kindSpec(ref.target).label, known: records.ids[ref.target], also: ref.also }),
      });
    }
  }
  return out;
}
