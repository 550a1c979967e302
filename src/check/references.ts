// Every id that a record names must exist: the reference fields of each kind are in core/record-kinds.ts.
import { didYouMean } from '../core/did-you-mean.js';
import { message, type Diagnostic } from '../core/diagnostic.js';
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
}

/** The ids a record names, by the reference fields of its kind in the table of record kinds. */
function refsOf(rec: Rec<unknown>): Ref[] {
  return kindSpec(rec.kind).references.flatMap((field) =>
    valuesAt(rec.data, field.path).flatMap(({ path, value }) =>
      typeof value === 'string' ? [{ path, id: value, target: field.target, also: field.also }] : [],
    ),
  );
}

/** "Did you mean": a close id. */
function guess(records: Records, ref: Ref): { zh: string; en: string } | undefined {
  const close = didYouMean(ref.id, [...records.ids[ref.target], ...(ref.also ?? [])]);
  return close ? { zh: `你是不是想写“${close}”?`, en: `Did you mean "${close}"?` } : undefined;
}

export function checkReferences(records: Records, source: SourceIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all: Rec<unknown>[] = [
    ...(records.body ? [records.body] : []),
    ...FOLDER_KINDS.flatMap((kind) => [...recordsOfKind(records, kind).values()]),
  ];
  for (const rec of all) {
    for (const ref of refsOf(rec)) {
      if (records.ids[ref.target].has(ref.id) || ref.also?.includes(ref.id)) continue;
      const { zh: zhName, en: enName } = kindSpec(ref.target).label;
      const hint = guess(records, ref);
      const alsoZh = ref.also ? `(或 ${ref.also.join('、')})` : '';
      const alsoEn = ref.also ? ` (or ${ref.also.join(', ')})` : '';
      out.push({
        file: rec.file.path,
        ...source.positionOf(rec.file.path, ref.path),
        severity: 'error',
        rule: 'reference',
        message: message(
          `找不到${zhName}“${ref.id}”${alsoZh}。${hint?.zh ?? ''}`,
          `No ${enName} "${ref.id}"${alsoEn}.${hint ? ' ' + hint.en : ''}`,
        ),
      });
    }
  }
  return out;
}
