// The colour level of a command's output: none with --no-color, NO_COLOR or when the stream is not a terminal; with
// FORCE_COLOR the basic colours; on a terminal what it supports, as Node's getColorDepth tells.
import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/report/color.js';

const terminal = (depth: number) => ({ isTTY: true, getColorDepth: () => depth });

describe('colour level', () => {
  it('follows the terminal colour depth', () => {
    expect([1, 4, 8, 24].map((depth) => makeChalk(terminal(depth), {}).level)).toEqual([0, 1, 2, 3]);
    expect(makeChalk({ isTTY: true }, {}).level).toBe(0);
  });

  it('is none for a pipe or a file, with NO_COLOR and with --no-color', () => {
    expect(makeChalk({ isTTY: false, getColorDepth: () => 24 }, {}).level).toBe(0);
    expect(makeChalk(terminal(24), { NO_COLOR: '1' }).level).toBe(0);
    expect(makeChalk(terminal(24), {}, false).level).toBe(0);
  });

  it('is the basic colours with FORCE_COLOR, on a pipe too, unless NO_COLOR', () => {
    expect(makeChalk({ isTTY: false }, { FORCE_COLOR: '1' }).level).toBe(1);
    expect(makeChalk({ isTTY: false }, { FORCE_COLOR: '0' }).level).toBe(0);
    expect(makeChalk({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' }).level).toBe(0);
  });
});
