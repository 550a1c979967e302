// Every id that a record names must exist: the reference fields of each kind are in core/record-kinds.ts.
import type { Diagnostic } from '../core/diagnostic.js';
import { unknownName } from '../core/unknown-id.js';
import type { SourceIndex } from '../load/source-index.js';
import { FOLDER_KINDS, forEachValueAt, kindSpec } from '../core/record-kinds.js';
import { recordsOfKind, type Rec, type Records } from '../model/records.js';

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
  // The ids each record names, by the reference fields of its kind in the table of record kinds. A value's path is
  // copied only for a finding: most references resolve, and the archive has tens of thousands of them.
  for (const rec of all) {
    for (const field of kindSpec(rec.kind).references) {
      forEachValueAt(rec.data, field.path, (id, path) => {
        if (typeof id !== 'string') return;
        if (records.ids[field.target].has(id) || field.also?.includes(id) || unsure(field.target)) return;
        if (field.orTarget !== undefined && (records.ids[field.orTarget].has(id) || unsure(field.orTarget))) return;
        out.push({
          file: rec.file.path,
          ...source.positionOf(rec.file.path, [...path]),
          severity: 'error',
          rule: 'reference',
          message: unknownName({ id, kind: kindSpec(field.target).label, known: records.ids[field.target], also: field.also }),
        });
      });
    }
  }
  return out;
}
