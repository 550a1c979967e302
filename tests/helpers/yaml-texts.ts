// Generated YAML texts of the kind a record folder holds, and their odd corners: nested mappings and lists, the compact
// `- key: value`, comments and blank lines between entries, empty values and items, nulls, quoted, folded and literal
// scalars (with chomping and indentation indicators), bracketed lists and mappings, a pair in a bracketed list, plain
// scalars over two lines, values and keys with the characters that mean something in YAML, a list or a scalar as the
// whole file, line ends of CRLF. Seeded, so that a failure can be replayed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Seeded } from './seeded.js';

const SCALARS = ['x', 'wjj', '2024-03-15', '12', '1.5', '~', 'null', 'true', '"q"', "'s'", '"a\\"b"', '', '议事 文本', 'a b c'];
const MORE_SCALARS = ['"多 行"', '0x1F', '-3', "'it''s'", '.inf', '0o17', '1e3'];
/** Characters that mean something somewhere in YAML, in values. */
const ODD_SCALARS = [
  'x#y',
  '"a: b"',
  "'# not'",
  '"\\u4e2d\\n"',
  '"tab\\tx"',
  '- x',
  '-x',
  '[]',
  '{}',
  "'a''b'",
  '@x',
  '`x',
  '|x',
  '>x',
  'x: y',
  ',x',
  'x,',
  ':x',
  'x:',
  '-.5',
  '+1',
  '0b1',
  '1_000',
  '2024-3-5',
  '12:30',
  '1e',
  '.5',
  '0.',
  '-',
  '--',
  '~x',
  'null x',
  'x ',
  '"x" ',
  'a  b',
  '" "',
  "''",
  '"\\""',
  'x]',
  'x}',
  'https://example.org/a?b=c#d',
  '％',
  '：x',
];
const KEYS = ['a', 'b', 'lead', 'title', '"quoted"', "'k'", '1', 'no', 'true', 'x_y', '中文', 'a b', '"a:b"', 'x-y', '-k', '""', 'k '];
const EMPTY = ['\n', ' \n', ' # c\n'];
/** Bracketed lists and mappings at their edges. */
const FLOWS = [
  '[a, b, ]',
  '[a, ]',
  '[ ]',
  '{ }',
  '[a,b]',
  '["a,b", \'c\']',
  '[a b]',
  '{a, b: 1}',
  '{a: }',
  '[a, [], {}]',
  '{a: [1, 2], b: {c: d}}',
  '[-a, -1]',
  '[a, b]  # c',
  '{"a": 1}',
  '[a: 1, b]',
  '[[a, b], c]',
  '[中, 文]',
];

export class YamlTexts {
  readonly #seeded: Seeded;

  constructor(seed: number) {
    this.#seeded = new Seeded(seed);
  }

  #random(): number {
    return this.#seeded.next();
  }

  #pick<T>(items: readonly T[]): T {
    return this.#seeded.pick(items);
  }

  #scalar(indent: string): string {
    const r = this.#random();
    if (r < 0.08) return `|\n${indent}  line one\n${indent}  line two\n`;
    if (r < 0.12) return `>-\n${indent}  folded\n${indent}  more\n\n`;
    if (r < 0.15) return `|+\n${indent}  keep\n\n`;
    if (r < 0.2) return `first\n${indent}  continued\n`;
    if (r < 0.23) return `${this.#pick(['|2', '|-', '>+', '| # c', '>'])}\n\n${indent}  text\n${indent}    more\n${indent}  end  \n`;
    const q = this.#random();
    const value = this.#pick(q < 0.7 ? SCALARS : q < 0.85 ? MORE_SCALARS : ODD_SCALARS);
    return value + (this.#random() < 0.15 ? '  # trailing' : '') + '\n';
  }

  #gap(indent: string): string {
    const r = this.#random();
    return r < 0.15 ? `${indent}# note\n` : r < 0.25 ? '\n' : '';
  }

  #flow(): string {
    const r = this.#random();
    if (r < 0.15) return ' ' + this.#pick(FLOWS) + '\n';
    const n = Math.floor(this.#random() * 3);
    if (r < 0.6)
      return ` [${Array.from({ length: n }, () => this.#pick(['a', '1', '"x"', '~', '[b]', '{c: d}', 'k: v', '中'])).join(', ')}]\n`;
    return ` {${Array.from({ length: n }, (_, i) => `k${i}: ${this.#pick(['a', '1', '~'])}`).join(', ')}}\n`;
  }

  #node(indent: string, depth: number): string {
    const r = this.#random();
    if (depth > 3 || r < 0.45) return ' ' + this.#scalar(indent);
    if (r < 0.6) return this.#flow();
    const inner = indent + this.#pick(['  ', '    ']);
    const head = '\n' + this.#gap(inner);
    if (r < 0.8) return head + this.#mapping(inner, depth + 1);
    // A list as indented as its key, or more; sometimes a second, less indented one after it (an error or not).
    const list = this.#list(this.#random() < 0.3 ? indent : inner, depth + 1);
    return head + list + (this.#random() < 0.2 ? this.#list(indent, depth + 1) : '');
  }

  #mapping(indent: string, depth: number): string {
    const used = new Set<string>();
    let out = '';
    const n = 1 + Math.floor(this.#random() * 4);
    for (let i = 0; i < n; i++) {
      const key = this.#pick(KEYS);
      if (used.has(key)) continue;
      used.add(key);
      const value = this.#random() < 0.15 ? this.#pick(EMPTY) : this.#node(indent, depth);
      out += this.#gap(indent) + `${indent}${key}:` + value;
    }
    return out;
  }

  #list(indent: string, depth: number): string {
    let out = '';
    const n = 1 + Math.floor(this.#random() * 3);
    for (let i = 0; i < n; i++) {
      const r = this.#random();
      out += this.#gap(indent);
      if (r < 0.1) out += `${indent}-` + this.#pick(EMPTY);
      else if (r < 0.4 && depth < 4) out += `${indent}- ` + this.#mapping(indent + '  ', depth + 1).slice(indent.length + 2);
      else out += `${indent}-` + this.#node(indent, depth);
    }
    return out;
  }

  /** The next text. */
  next(): string {
    const top = this.#random();
    const body = top < 0.9 ? this.#mapping('', 0) : top < 0.97 ? this.#list('', 0) : this.#scalar('').trimStart();
    let text = (this.#random() < 0.2 ? '# head\n\n' : '') + body;
    if (this.#random() < 0.1) text = text.replace(/\n/g, '\r\n');
    if (this.#random() < 0.05) text = text.trimEnd();
    return text;
  }
}

/** What an edit can type or leave behind: YAML's indicators, a Chinese input method's punctuation, tabs, line breaks. */
const TYPED = [' ', '-', ':', '#', '"', "'", '[', ']', '{', '}', ',', 'a', '1', '中', '|', '>', '\n', '  ', '- ', ': ', '?', '!'];
const MORE_TYPED = ['&', '*', '%', '@', '`', '\\', '~', '.', '0x', '：', '，', '－', '\t', '\r'];

/**
 * Record texts edited the way a hurried edit breaks them, one to six edits each: a line deleted, duplicated, indented,
 * dedented or swapped with another; a character typed into a line, over one, or at its end. Seeded.
 */
export class EditedTexts {
  readonly #seeded: Seeded;

  constructor(
    private readonly texts: readonly string[],
    seed: number,
  ) {
    this.#seeded = new Seeded(seed);
  }

  #below(n: number): number {
    return this.#seeded.below(n);
  }

  #typed(): string {
    return this.#below(4) === 0 ? MORE_TYPED[this.#below(MORE_TYPED.length)]! : TYPED[this.#below(TYPED.length)]!;
  }

  next(): string {
    const lines = this.texts[this.#below(this.texts.length)]!.split('\n');
    for (let edits = 1 + this.#below(6); edits > 0; edits--) {
      const i = this.#below(lines.length);
      const line = lines[i] ?? '';
      const op = this.#below(7);
      if (op === 0) lines.splice(i, 1);
      else if (op === 1) lines.splice(i, 0, line);
      else if (op === 2) lines[i] = ' '.repeat(1 + this.#below(3)) + line;
      else if (op === 3) lines[i] = line.replace(/^ {1,3}/, '');
      else if (op === 4) {
        const at = this.#below(line.length + 1);
        lines[i] = line.slice(0, at) + this.#typed() + line.slice(at + this.#below(2));
      } else if (op === 5) {
        const j = this.#below(lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', line];
      } else lines[i] = line.trimEnd() + this.#typed();
    }
    return lines.join('\n');
  }
}

/** Every path into `data`, and one step past each end: an item after the last, a key not there, below a scalar. */
export function pathsInto(
  data: unknown,
  path: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
): Array<Array<string | number>> {
  out.push(path);
  if (Array.isArray(data)) {
    data.forEach((item, i) => pathsInto(item, [...path, i], out));
    out.push([...path, data.length]);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) pathsInto(value, [...path, key], out);
    out.push([...path, 'not-there']);
  } else out.push([...path, 'below']);
  return out;
}

export function yamlFilesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}
