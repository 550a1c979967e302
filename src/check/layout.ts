// Layout: ids unique within their kind, and records of kinds with year folders (meetings, resolutions) in the
// folder of their year (core/record-kinds.ts says which date counts).
import type { Diagnostic } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { LAYOUT } from '../i18n/check.js';
import type { SourceIndex } from '../load/source-index.js';
import type { RawRecord } from '../load/load-folder.js';
import { folderOf, kindSpec, valuesAt, type FolderKind } from '../core/record-kinds.js';
import { recordsOfKind, type Records } from '../model/records.js';

export function checkDuplicateIds(raw: readonly RawRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, RawRecord>();
  for (const r of raw) {
    if (r.kind === 'body') continue;
    const key = `${r.kind}:${r.id}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    out.push({
      file: r.file.path,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'layout',
      message: say(LAYOUT, 'duplicateId', { id: r.id, earlier: earlier.file.path }),
    });
  }
  return out;
}

/** The year a record's file belongs under, and the field that decides it: its own date, or that of the record it names. */
function yearOf(records: Records, kind: FolderKind, id: string): { year: string; field: string; through: boolean } | undefined {
  const year = kindSpec(kind).year;
  const rec = recordsOfKind(records, kind).get(id);
  if (!year || !rec) return undefined;
  const valueOf = (data: unknown, field: string): unknown => valuesAt(data, [field])[0]?.value;
  if (!year.through) return { year: String(valueOf(rec.data, year.date)).slice(0, 4), field: year.date, through: false };
  const named = recordsOfKind(records, year.through.kind).get(String(valueOf(rec.data, year.through.field)));
  const date = named ? valueOf(named.data, year.date) : undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a schema-checked date: a string
  return date === undefined ? undefined : { year: String(date).slice(0, 4), field: year.through.field, through: true };
}

export function checkYearFolders(raw: readonly RawRecord[], records: Records, source: SourceIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of raw) {
    if (r.yearFolder === undefined || r.kind === 'body') continue;
    const kept = recordsOfKind(records, r.kind).get(r.id);
    if (!kept || kept.file.path !== r.file.path) continue;
    const found = yearOf(records, r.kind, r.id);
    if (!found || found.year === r.yearFolder) continue;
    const { year, field } = found;
    const folder = folderOf(r.kind);
    const label = kindSpec(r.kind).label;
    const named = kindSpec(kindSpec(r.kind).year?.through?.kind ?? r.kind).label;
    out.push({
      file: r.file.path,
      ...source.positionOf(r.file.path, [field]),
      severity: 'error',
      rule: 'layout',
      message: found.through
        ? say(LAYOUT, 'heldInOtherYear', { named, year, folder, yearFolder: r.yearFolder })
        : say(LAYOUT, 'datedOtherYear', { kind: label, year, folder, yearFolder: r.yearFolder }),
    });
  }
  return out;
}
