// How many columns a text takes in a terminal or a monospaced layout: a Chinese character two, ASCII one. string-width
// decides in general (grapheme clusters, emoji, combining marks, zero-width characters). A text made only of printable
// ASCII and the Chinese, kana and full-width characters below, where every character is a grapheme of its own, is
// counted here directly, colour codes left out: the same count (tests/core/display-width.test.ts compares the two on
// every such character), without string-width's first call compiling its emoji expression, some 20 ms of every table
// a command prints.
import stringWidth from 'string-width';

/**
 * Printable ASCII; the ideographic space and CJK punctuation (without 〪-〯, which combine, and 〰 and 〽, which are
 * emoji); hiragana and katakana letters; CJK ideographs (Extension A and the unified block); the full-width forms;
 * and the quotation marks, dashes, ellipsis and middle dot of Chinese text (East Asian Ambiguous, so one column).
 */
const SIMPLE =
  /^[\u0020-\u007e\u00b7\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u3029\u3031-\u303c\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]*$/;

/** One column: ASCII and the East Asian Ambiguous punctuation of SIMPLE; every other character of SIMPLE is two. */
function isNarrow(code: number): boolean {
  return code < 0x2e80;
}

/** The colour codes chalk writes (SGR sequences), which take no columns. */
// eslint-disable-next-line no-control-regex -- the escape character is what a colour code starts with
const COLOUR = /\u001b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(COLOUR, '') : text;
  if (!SIMPLE.test(plain)) return stringWidth(text);
  let width = 0;
  for (let i = 0; i < plain.length; i++) width += isNarrow(plain.charCodeAt(i)) ? 1 : 2;
  return width;
}
