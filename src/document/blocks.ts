// The document model every renderer builds and every writer reads: a list of blocks in reading order. Text
// in a block is inline Markdown as the renderers write it (record text escaped by `inline`, `**` for the
// few bold words); a writer only sets it out. Counting and wording happen before a block is made.
import type { Lang } from '../core/diagnostic.js';

/** A bar (tasks) and line (tasks done) chart: Mermaid in Markdown, a picture in a .docx. */
export interface ChartData {
  title: string;
  labels: readonly string[];
  bars: readonly number[];
  line: readonly number[];
  yLabel: string;
}

/** A 版记 line: 报送 / 抄送 with its label, or the issuing office and the date on one line. */
export type ImprintLine =
  | { kind: 'labelled'; label: string; separator: string; text: string }
  | { kind: 'split'; left: string; gap: string; right: string }
  | { kind: 'text'; text: string };

export type Block =
  /**
   * The document's title (2号小标宋, centred). Under a mark (a brief's masthead) it is the title of the
   * article the issue carries: Markdown then writes it one level down, and the headings after it too.
   */
  | { kind: 'title'; text: string }
  /** The 纪要 mark (××××纪要) or a 简报's name, in red, centred; also the document's title. */
  | { kind: 'mark'; text: string }
  /** The document number under the mark (兰困保纪〔2026〕1号, 第3期), centred. */
  | { kind: 'number'; text: string }
  /** A heading whose text already carries its number: level 1 一、, 2 (一), 3 1., 4 (1). */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string; align?: 'center' }
  /** A long field of a record that may hold Markdown of its own (proceedings, a decision's text). */
  | { kind: 'markdown'; text: string }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[] }
  /** 出席 / 请假 / 列席 / 记录 (attendance), or a duty under its unit's name (term). */
  | { kind: 'labelled'; label: string; separator: string; text: string; style: 'attendance' | 'term' }
  /** A line with text at the left and at the right edge (an issuing office and its date); `redRule` under it ends a masthead. */
  | { kind: 'split'; left: string; gap: string; right: string; redRule?: boolean }
  /** The signature at the end of a document: the issuer (署名) on its lines, the date (成文日期) on the last. */
  | { kind: 'signature'; lines: readonly string[] }
  /** The 版记 at the foot of the last page, between rules. */
  | { kind: 'imprint'; lines: readonly ImprintLine[] }
  | { kind: 'pageBreak' }
  | { kind: 'chart'; chart: ChartData };

export interface DocumentModel {
  lang: Lang;
  /** The document's own date (issued, as of, end of period): the fixed date in a .docx's properties. */
  date: string;
  blocks: Block[];
}

/** Builds a document's blocks in order; empty text adds nothing, as an empty paragraph says nothing. */
export class DocumentBuilder {
  readonly blocks: Block[] = [];

  constructor(
    readonly lang: Lang,
    public date: string,
  ) {}

  title(text: string): this {
    return this.push({ kind: 'title', text });
  }

  mark(text: string): this {
    return this.push({ kind: 'mark', text });
  }

  number(text: string | undefined): this {
    return text ? this.push({ kind: 'number', text }) : this;
  }

  heading(level: 1 | 2 | 3 | 4, text: string): this {
    return this.push({ kind: 'heading', level, text });
  }

  paragraph(text: string | undefined, align?: 'center'): this {
    if (text === undefined || text.trim() === '') return this;
    return this.push(align ? { kind: 'paragraph', text, align } : { kind: 'paragraph', text });
  }

  markdown(text: string): this {
    return text.trim() === '' ? this : this.push({ kind: 'markdown', text });
  }

  list(items: readonly string[]): this {
    return items.length > 0 ? this.push({ kind: 'list', items }) : this;
  }

  table(header: readonly string[], rows: readonly (readonly string[])[]): this {
    return this.push({ kind: 'table', header, rows });
  }

  labelled(label: string, separator: string, text: string, style: 'attendance' | 'term' = 'attendance'): this {
    return this.push({ kind: 'labelled', label, separator, text, style });
  }

  split(left: string, gap: string, right: string, redRule = false): this {
    return this.push(redRule ? { kind: 'split', left, gap, right, redRule } : { kind: 'split', left, gap, right });
  }

  signature(lines: readonly string[]): this {
    return this.push({ kind: 'signature', lines });
  }

  imprint(lines: readonly ImprintLine[]): this {
    return this.push({ kind: 'imprint', lines });
  }

  pageBreak(): this {
    return this.push({ kind: 'pageBreak' });
  }

  chart(chart: ChartData): this {
    return this.push({ kind: 'chart', chart });
  }

  build(): DocumentModel {
    return { lang: this.lang, date: this.date, blocks: [...this.blocks] };
  }

  private push(block: Block): this {
    this.blocks.push(block);
    return this;
  }
}
