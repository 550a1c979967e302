// The text of the inline Markdown that blocks hold, for writers that set type rather than markup: `**bold**`
// spans and backslash escapes; and the paragraphs of a long record field that may hold Markdown of its own.

export interface Span {
  text: string;
  bold: boolean;
}

/** `**出席**:示例\\_甲` → [{出席, bold}, {:示例_甲}]. */
export function spansOf(markdown: string): Span[] {
  const spans: Span[] = [];
  let bold = false;
  let text = '';
  const flush = (): void => {
    if (text !== '') spans.push({ text, bold });
    text = '';
  };
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!;
    if (c === '\\' && i + 1 < markdown.length && /[\\`*_[\]<>|~#+\-.!(){}]/.test(markdown[i + 1]!)) {
      text += markdown[i + 1];
      i++;
    } else if (c === '*' && markdown[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
    } else text += c;
  }
  flush();
  return spans;
}

/** The plain text of inline Markdown. */
export function plainText(markdown: string): string {
  return spansOf(markdown)
    .map((s) => s.text)
    .join('');
}

export interface FieldParagraph {
  text: string;
  /** A list item (`- `, `* `, `1. `): set without the first-line indent. */
  item: boolean;
}

const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * The paragraphs of a long field: blocks between blank lines; lines of a block that are list items each make
 * their own paragraph (the marker kept for numbered items, dropped for bullets); other lines of a block are
 * one paragraph, joined without a space between Chinese characters and with one elsewhere.
 */
export function fieldParagraphs(markdown: string): FieldParagraph[] {
  const out: FieldParagraph[] = [];
  for (const chunk of markdown.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    let current: string | undefined;
    const flush = (): void => {
      if (current !== undefined) out.push({ text: current, item: false });
      current = undefined;
    };
    for (const line of lines) {
      if (ITEM.test(line)) {
        flush();
        out.push({ text: line.replace(/^\s*[-*+]\s+/, '').replace(/^\s*(\d+[.)])\s+/, '$1 '), item: true });
      } else if (current === undefined) current = line.replace(/^#+\s+/, '');
      else current = joinLines(current, line);
    }
    flush();
  }
  return out;
}

function joinLines(a: string, b: string): string {
  const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
  return cjk.test(a.slice(-1)) || cjk.test(b.charAt(0)) ? `${a}${b}` : `${a} ${b}`;
}
