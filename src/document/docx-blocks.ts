// Each block of a document as the paragraphs and tables of a .docx on the GB/T 9704 page.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  Tab,
  TableAnchorType,
  TextRun,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { displayWidth } from '../core/display-width.js';
import type { Lang } from '../core/diagnostic.js';
import type { Block, ChartData, ImprintLine } from './blocks.js';
import { CHART_PIXELS, chartPng } from './chart-png.js';
import { CHAR, FONT, OFF_GRID, PAGE, RED, SIZE } from './docx-layout.js';
import {
  BODY,
  bodyParagraph,
  centred,
  headingParagraph,
  labelledParagraph,
  runs,
  strong,
  titleParagraph,
  type RunStyle,
} from './docx-text.js';
import { fieldParagraphs } from './inline-text.js';

export type Element = Paragraph | Table;

export function elementsOf(block: Block, lang: Lang): Element[] {
  switch (block.kind) {
    case 'title':
      return [titleParagraph(block.text, lang, false), blankLine()];
    case 'mark':
      return [titleParagraph(block.text, lang, true)];
    case 'number':
      return [centred(block.text, BODY, lang), blankLine()];
    case 'heading':
      return [headingParagraph(block.level, block.text, lang)];
    case 'paragraph':
      return [block.align === 'center' ? centred(block.text, BODY, lang) : bodyParagraph(block.text, lang)];
    case 'markdown':
      return fieldParagraphs(block.text).map((p) => bodyParagraph(p.text, lang));
    case 'list':
      return block.items.map((item) => bodyParagraph(item, lang));
    case 'table':
      return [table(block.header, block.rows, lang), blankLine()];
    case 'labelled':
      return [labelledParagraph(block.label, block.separator, block.text, lang, block.style === 'attendance')];
    case 'split':
      return block.redRule
        ? [splitParagraph(block.left, block.right, SMALL, lang, { style: OFF_GRID, border: { bottom: RED_RULE } }), blankLine()]
        : [splitParagraph(block.left, block.right, BODY, lang)];
    case 'signature':
      return signature(block.lines, lang);
    case 'imprint':
      return imprint(block.lines, lang);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'chart':
      return chart(block.chart, lang);
  }
}

/**
 * The signature as on a sealed document (GB/T 9704 7.3.5.1): the date four characters in from the right edge, the
 * issuer's lines above it centred on the date; an issuer too long for that ends at the right edge instead, on one line.
 */
function signature(lines: readonly string[], lang: Lang): Paragraph[] {
  const chars = (line: string): number => displayWidth(line) / 2;
  const date = lines.at(-1) ?? '';
  const line = (text: string, rightChars: number): Paragraph =>
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: Math.round(rightChars * CHAR) }, children: runs(text, BODY, lang) });
  return [...lines.slice(0, -1).map((issuer) => line(issuer, Math.max(0, 4 + (chars(date) - chars(issuer)) / 2))), line(date, 4)];
}

/** An empty line of the grid. */
export function blankLine(): Paragraph {
  return new Paragraph({ children: [] });
}

/** Exact line spacing for 4号 text, which takes it off the 3号 grid. */
const EXACT_4 = { line: 400, lineRule: LineRuleType.EXACT } as const;

const TABLE_TEXT: RunStyle = { font: FONT.body, size: SIZE.四号 };
const SMALL = TABLE_TEXT;
const CELL_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Twips of one column of text (half a 4号 character) and of a cell's side margins. */
const HALF_CHAR = SIZE.四号 * 5;
const CELL_PADDING = 160;

/**
 * Column widths: first what a column needs so that no number or date breaks inside (its widest cell without
 * Chinese text), then the rest of the line shared in proportion to what the columns of Chinese text still want.
 */
function columnWidths(header: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const cjk = /[\u3400-\u9fff]/;
  const column = (i: number): string[] => [header[i]!, ...rows.map((r) => r[i] ?? '')];
  const unbroken = (c: string): number => Math.ceil(displayWidth(c) * HALF_CHAR * 1.3);
  const need = header.map(
    (_, i) =>
      Math.max(
        4 * HALF_CHAR,
        ...column(i)
          .filter((c) => !cjk.test(c))
          .map(unbroken),
      ) + CELL_PADDING,
  );
  const want = header.map((_, i) => Math.max(...column(i).map((c) => displayWidth(c) * HALF_CHAR)) + CELL_PADDING);
  const spare = PAGE.textWidth - need.reduce((a, b) => a + b, 0);
  const extra = want.map((w, i) => Math.max(0, w - need[i]!));
  const extraSum = extra.reduce((a, b) => a + b, 0);
  const widths =
    spare <= 0 || extraSum === 0
      ? need.map((n) => Math.floor((PAGE.textWidth * n) / need.reduce((a, b) => a + b, 0)))
      : need.map((n, i) => n + Math.floor((Math.min(spare, extraSum) * extra[i]!) / extraSum));
  widths[widths.length - 1]! += PAGE.textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A table in 4号仿宋, its header row repeated at the top of every page and set in 黑体 / bold. */
function table(header: readonly string[], rows: readonly (readonly string[])[], lang: Lang): Table {
  const widths = columnWidths(header, rows);
  const cell = (text: string, i: number, head: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: CELL_PADDING / 2, right: CELL_PADDING / 2 },
      children: [
        new Paragraph({
          alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT,
          style: OFF_GRID,
          spacing: EXACT_4,
          children: runs(text, head ? strong(TABLE_TEXT, lang) : TABLE_TEXT, lang),
        }),
      ],
    });
  const b = CELL_BORDER;
  const borders = { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b };
  return new Table({
    width: { size: PAGE.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: header.map((_, i) => cell(r[i] ?? '', i, false)) })),
    ],
  });
}

/** A line with text one character in from the left edge and the rest one character in from the right. */
function splitParagraph(left: string, right: string, style: RunStyle, lang: Lang, options: object = {}): Paragraph {
  const inset = Math.round((style.size / 2) * 20);
  return new Paragraph({
    indent: { left: inset, right: inset },
    tabStops: [{ type: TabStopType.RIGHT, position: PAGE.textWidth - inset }],
    children: [...runs(left, style, lang), new TextRun({ children: [new Tab()] }), ...runs(right, style, lang)],
    ...options,
  });
}

const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
/** The red line under a masthead (版头中的分隔线), 0.35 mm. */
const RED_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: RED, space: 4 };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * The 版记 (7.4): 报送 / 抄送 and the issuing office with the date in 4号仿宋 between rules, thick first and
 * last, thin between: a table of one column, one line a row, floating at the foot of the last page.
 */
function imprint(lines: readonly ImprintLine[], lang: Lang): Element[] {
  const style: RunStyle = { font: FONT.body, size: SIZE.四号 };
  const inset = Math.round(SIZE.四号 * 10);
  const options = { style: OFF_GRID, spacing: { ...EXACT_4, before: 60, after: 60 } };
  const paragraph = (line: ImprintLine): Paragraph => {
    if (line.kind === 'split') return splitParagraph(line.left, line.right, style, lang, options);
    if (line.kind === 'text')
      return new Paragraph({ indent: { left: inset, right: inset }, children: runs(line.text, style, lang), ...options });
    const label = `${line.label}${line.separator}`;
    const hang = Math.round([...label].length * SIZE.四号 * 10);
    return new Paragraph({
      indent: { left: inset + hang, right: inset, hanging: hang },
      children: [...runs(label, style, lang), ...runs(line.text, style, lang)],
      ...options,
    });
  };
  // A hair narrower than the text block: LibreOffice keeps a floating table as wide as the text in the flow.
  const width = PAGE.textWidth - 10;
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { top: THICK, bottom: THICK, insideHorizontal: THIN, left: NONE, right: NONE, insideVertical: NONE },
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
    rows: lines.map(
      (line) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0 }, children: [paragraph(line)] }),
          ],
        }),
    ),
  });
  return [table, new Paragraph({ style: OFF_GRID, spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] })];
}

/** The chart as a picture the width of the text block less two characters, its title under it. */
function chart(data: ChartData, lang: Lang): Paragraph[] {
  const width = Math.round(((PAGE.textWidth - 2 * CHAR) / 1440) * 96);
  const height = Math.round((width * CHART_PIXELS.height) / CHART_PIXELS.width);
  const picture = new ImageRun({
    type: 'png',
    data: chartPng(data),
    transformation: { width, height },
    altText: { name: data.title, title: data.title, description: `${data.labels.map((l, i) => `${i + 1} ${l}`).join(', ')}` },
  });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, style: OFF_GRID, keepNext: true, children: [picture] }),
    centred(data.title, { font: FONT.body, size: SIZE.四号 }, lang, { style: OFF_GRID, spacing: EXACT_4 }),
  ];
}
