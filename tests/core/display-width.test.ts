// displayWidth counts simple text itself and leaves the rest to string-width: the two must agree on every character it
// counts, and on text made of them.
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it, vi } from 'vitest';
import { displayWidth } from '../../src/core/display-width.js';
import { Seeded } from '../helpers/seeded.js';

// string-width, counted: simple text must not reach it.
vi.mock('string-width', async (original) => {
  const actual = await original<typeof import('string-width')>();
  return { default: vi.fn(actual.default) };
});

/** Every character of the Basic Multilingual Plane that displayWidth counts itself (string-width is not called). */
function simpleCharacters(): string[] {
  const out: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    vi.mocked(stringWidth).mockClear();
    displayWidth(ch);
    if (vi.mocked(stringWidth).mock.calls.length === 0) out.push(ch);
  }
  return out;
}

describe('displayWidth', () => {
  const simple = simpleCharacters();
  const actual = vi.mocked(stringWidth).getMockImplementation()!;

  it('counts every character it counts itself as string-width does', () => {
    expect(simple.length).toBeGreaterThan(28000);
    const differ = simple.filter((ch) => displayWidth(ch) !== actual(ch)).map((ch) => ch.codePointAt(0)!.toString(16));
    expect(differ).toEqual([]);
  });

  it('counts text made of them as string-width does: each is a grapheme of its own', () => {
    const seeded = new Seeded(20261202);
    const random = (n: number): number => seeded.below(n);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: random(30) }, () => simple[random(simple.length)]).join('');
      expect(displayWidth(text), JSON.stringify(text)).toBe(actual(text));
    }
  });

  it('counts the text of a record without string-width, and leaves other text to it', () => {
    vi.mocked(stringWidth).mockClear();
    const text = '县民政局(mz):落实“一事一议”……《通知》〔2024〕1号 — 第（二）项';
    expect(displayWidth('县民政局(mz)')).toBe(12);
    expect(displayWidth(text)).toBe(actual(text));
    expect(stringWidth).not.toHaveBeenCalled();
    for (const level of [1, 2, 3] as const) {
      const coloured = new Chalk({ level }).red.bold(text) + new Chalk({ level }).dim('(mz)');
      expect(displayWidth(coloured)).toBe(actual(coloured));
    }
    expect(stringWidth).not.toHaveBeenCalled();
    for (const text of [
      '\u001b]8;;https://example.org\u0007链接\u001b]8;;\u0007',
      '👨‍👩‍👧',
      'é',
      '\u200b',
      '\u{20000}',
      'カ\u3099',
      '㊙',
      '〰',
      '\u00ad',
      'a\tb',
    ]) {
      vi.mocked(stringWidth).mockClear();
      expect(displayWidth(text), JSON.stringify(text)).toBe(actual(text));
      expect(stringWidth, JSON.stringify(text)).toHaveBeenCalledTimes(1);
    }
  });
});
