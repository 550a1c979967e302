// What differs between two versions of a record's data, field by field: maps are compared key by key,
// lists and scalars as wholes.
import { isDeepStrictEqual } from 'node:util';

export interface FieldChange {
  /** Field path such as `due`, `minutes.number`, `progress[1].date`. */
  field: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function joinField(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
}

/** The fields whose values differ, in the order of `before`'s keys, then keys only `after` has. */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (!isPlainObject(before) || !isPlainObject(after)) return [{ field: path || '(record)', before, after }];
  const out: FieldChange[] = [];
  const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
  for (const key of keys) out.push(...fieldChanges(before[key], after[key], joinField(path, key)));
  return out;
}

/** A value as it appears in one line of a report: scalars as written, long text shortened. */
export function showValue(value: unknown, max = 40): string {
  if (value === undefined) return '∅';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const flat = s.replace(/\s*\n\s*/g, ' ').trim();
  return [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat;
}

/** A short, readable value: multi-line or long strings count as "text". */
export function isShortScalar(value: unknown): boolean {
  return (
    (typeof value === 'string' && !value.includes('\n') && [...value].length <= 40) ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

/**
 * How an append-only list changed: entries removed or edited (by index into `before`), and entries appended.
 * A removal in the middle is named as such when `after` is `before` without that one entry.
 */
export function appendOnlyChanges(
  field: string,
  before: unknown,
  after: unknown,
): { removed: FieldChange[]; edited: FieldChange[]; appended: unknown[] } {
  const a: readonly unknown[] = Array.isArray(before) ? before : before === undefined || before === null ? [] : [before];
  const b: readonly unknown[] = Array.isArray(after) ? after : after === undefined || after === null ? [] : [after];
  const removed: FieldChange[] = [];
  const edited: FieldChange[] = [];
  if (b.length < a.length) {
    for (let i = 0; i < a.length; i++) {
      const without = [...a.slice(0, i), ...a.slice(i + 1)];
      if (isDeepStrictEqual(without, b.slice(0, without.length))) {
        removed.push({ field: joinField(field, i), before: a[i], after: undefined });
        return { removed, edited, appended: b.slice(without.length) };
      }
    }
  }
  for (let i = 0; i < a.length; i++) {
    if (i >= b.length) removed.push({ field: joinField(field, i), before: a[i], after: undefined });
    else edited.push(...fieldChanges(a[i], b[i], joinField(field, i)));
  }
  return { removed, edited, appended: b.slice(a.length) };
}
