// The seal's canonical JSON (docs/records.md "Seal"): the engine's JSON writer over a key-sorted copy must give the
// text of the definition, written out here piece by piece, for every value; where it cannot (array-index keys,
// which objects list first, `__proto__`, holes, values that are not plain data) yishi writes it piece by piece.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sortedKeys } from '../../src/check/seal/canonical.js';

/** The definition: keys sorted by UTF-16 code units, undefined members left out, no whitespace. */
function byDefinition(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const items: string[] = [];
    value.forEach((v: unknown) => items.push(byDefinition(v)));
    return `[${items.join(',')}]`;
  }
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object)
      .filter((k) => object[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${byDefinition(object[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Keys as records have them, and the ones objects order by themselves or treat specially. */
const key = fc.oneof(
  fc.constantFrom('id', 'no', 'text', 'due', 'lead', 'a', 'B', '_', '0', '1', '2', '10', '01', '-1', '__proto__', '会议', '\u{1f600}'),
  fc.string({ maxLength: 4 }),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('2024-03-15', 'sha256:0', '\ud800', '"\\\n'),
);
const { data } = fc.letrec((tie) => ({
  data: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('data'), { maxLength: 5 }),
  map: fc.array(fc.tuple(key, tie('data')), { maxLength: 6 }).map((pairs) => {
    const object: Record<string, unknown> = {};
    for (const [k, v] of pairs) Object.defineProperty(object, k, { value: v, enumerable: true, writable: true, configurable: true });
    return object;
  }),
}));

describe('canonical JSON', () => {
  it('is the text of the definition for any data', () => {
    fc.assert(
      fc.property(data, (value) => {
        expect(canonicalJson(value)).toBe(byDefinition(value));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('sorts the keys of an object as the default sort does, with few keys or many', () => {
    const keys = fc.uniqueArray(fc.oneof(key, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 });
    fc.assert(
      fc.property(keys, (names) => {
        const object: Record<string, unknown> = {};
        for (const k of names) Object.defineProperty(object, k, { value: 1, enumerable: true, writable: true, configurable: true });
        expect(sortedKeys(object)).toEqual(Object.keys(object).sort());
      }),
      { numRuns: 2000, seed: 20261202 },
    );
    expect(sortedKeys({ b: 1, '\uffff': 2, '\u{1f600}': 3, a: 4, 会: 5 })).toEqual(['a', 'b', '会', '\u{1f600}', '\uffff']);
  });

  it('writes keys in code-unit order, array-index keys and __proto__ included', () => {
    const object: Record<string, unknown> = { b: 1, 10: 'ten', 9: 'nine', a: [1, 2.5, -0, Number.NaN], c: undefined };
    Object.defineProperty(object, '__proto__', { value: { z: true, y: null }, enumerable: true });
    expect(canonicalJson(object)).toBe('{"10":"ten","9":"nine","__proto__":{"y":null,"z":true},"a":[1,2.5,0,null],"b":1}');
    expect(canonicalJson({ 会: 1, a: { 0: 'x', '01': 'y' } })).toBe('{"a":{"0":"x","01":"y"},"会":1}');
    // eslint-disable-next-line no-sparse-arrays
    expect(canonicalJson([1, , 3])).toBe(byDefinition([1, , 3]));
    expect(canonicalJson(undefined)).toBe('null');
  });
});
