// The seal of a meeting (docs/records.md "Seal"): sha256 over a canonical JSON form of what its
// issued minutes sealed: the meeting record as read (minutes.seal left out) and the decision of each of its
// resolutions. Keys sorted, no whitespace, UTF-8, resolutions sorted by no then id, so that any language
// with a JSON writer and sha256 can recompute it.
import { createHash } from 'node:crypto';

/** The fields that make up what a resolution decided (docs/records.md). */
export const DECISION_FIELDS = ['meeting', 'no', 'text', 'lead', 'responsible', 'cooperating', 'due'] as const;

export const SEAL_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** JSON with every object's keys sorted, no whitespace; integral numbers without a fraction. */
export function canonicalJson(value: unknown): string {
  // The usual value (plain data, as parsed from YAML) is copied with its keys in order and written by the engine's
  // own JSON writer, several times faster; anything else is written piece by piece.
  const sorted = sortedCopy(value);
  if (sorted !== UNUSUAL) return JSON.stringify(sorted) ?? 'null';
  const out: string[] = [];
  writeCanonical(value, out);
  return out.join('');
}

/** What sortedCopy returns for a value that JSON.stringify would not write as writeCanonical does. */
const UNUSUAL: unique symbol = Symbol('unusual');

/** Keys that an object lists first and in numeric order, whatever their order of insertion. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * A copy of plain data whose objects have their keys inserted in sorted order, so that JSON.stringify writes the
 * canonical form; UNUSUAL for anything it would write otherwise: an object that is not a plain one, a key that
 * objects do not keep in insertion order or that sets a prototype, a hole in an array, a function or a symbol.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type !== 'object') return UNUSUAL;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return UNUSUAL;
      const item = sortedCopy(value[i]);
      if (item === UNUSUAL) return UNUSUAL;
      copy[i] = item;
    }
    return copy;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return UNUSUAL;
  const object = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of sortedKeys(object)) {
    const item = object[key];
    if (item === undefined) continue;
    if (key === '__proto__' || INDEX_KEY.test(key)) return UNUSUAL;
    const sorted = sortedCopy(item);
    if (sorted === UNUSUAL) return UNUSUAL;
    copy[key] = sorted;
  }
  return copy;
}

/** Past this many keys, Array.prototype.sort; up to it, an insertion sort, which makes no work copy of the keys. */
const FEW_KEYS = 16;

/** The object's own keys in the order of the default sort (UTF-16 code units), as `Object.keys(object).sort()`. */
export function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  if (keys.length > FEW_KEYS) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
  return keys;
}

function writeCanonical(value: unknown, out: string[]): void {
  if (value === null || value === undefined) out.push('null');
  else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((v, i) => {
      if (i > 0) out.push(',');
      writeCanonical(v, out);
    });
    out.push(']');
  } else if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    // Sorted by UTF-16 code units, as the seal's definition does.
    const keys = sortedKeys(object).filter((k) => object[k] !== undefined);
    out.push('{');
    keys.forEach((k, i) => {
      out.push(i > 0 ? ',' : '', JSON.stringify(k), ':');
      writeCanonical(object[k], out);
    });
    out.push('}');
  } else out.push(JSON.stringify(value));
}

export interface SealedResolution {
  id: string;
  data: Readonly<Record<string, unknown>>;
}

/** The meeting's data without minutes.seal. */
function withoutSeal(meeting: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const minutes = meeting.minutes;
  if (typeof minutes !== 'object' || minutes === null || Array.isArray(minutes)) return { ...meeting };
  const rest: Record<string, unknown> = { ...minutes };
  delete rest.seal;
  return { ...meeting, minutes: rest };
}

/** The canonical text that the seal of meeting `id` is the sha256 of. */
export function sealedText(id: string, meeting: Readonly<Record<string, unknown>>, resolutions: readonly SealedResolution[]): string {
  const decisions = resolutions
    .filter((r) => r.data.meeting === id)
    .map((r) => {
      const d: Record<string, unknown> = { id: r.id };
      for (const f of DECISION_FIELDS) if (r.data[f] !== undefined) d[f] = r.data[f];
      return d;
    })
    .sort((a, b) => Number(a.no ?? 0) - Number(b.no ?? 0) || (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0));
  return canonicalJson({ id, meeting: withoutSeal(meeting), resolutions: decisions });
}

/** `sha256:<hex>` over the canonical text. */
export function sealOf(id: string, meeting: Readonly<Record<string, unknown>>, resolutions: readonly SealedResolution[]): string {
  return `sha256:${createHash('sha256')
    .update(sealedText(id, meeting, resolutions), 'utf8')
    .digest('hex')}`;
}
