// Paragraphs and runs of the GB/T 9704 page: the body in 3号仿宋 with a first-line indent of two characters,
// the title in 2号小标宋, headings of the four levels, the red 纪要 mark, labelled lines (出席:) with their
// continuation lines aligned after the colon.
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { displayWidth } from '../core/display-width.js';
import type { Lang } from '../core/diagnostic.js';
import { spansOf } from './inline-text.js';
import { CHAR, FONT, OFF_GRID, RED, SIZE, fonts } from './docx-layout.js';

export interface RunStyle {
  font: string;
  size: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

export const BODY: RunStyle = { font: FONT.body, size: SIZE.三号 };

/** Runs of inline Markdown in a style; `**bold**` spans bold (in English) or in 黑体 (in Chinese). */
export function runs(markdown: string, style: RunStyle, lang: Lang): TextRun[] {
  return spansOf(markdown).map((s) => run(s.text, s.bold ? strong(style, lang) : style, lang));
}

export function run(text: string, style: RunStyle, lang: Lang): TextRun {
  return new TextRun({
    text,
    font: fonts(style.font, lang),
    size: style.size,
    sizeComplexScript: style.size,
    bold: style.bold,
    boldComplexScript: style.bold,
    italics: style.italics,
    color: style.color,
    // 28 characters of 16 pt are a little wider than the 156 mm line: each is drawn 0.25 pt narrower so
    // that it fits its cell of the grid (Word squeezes them anyway; LibreOffice would give each two cells).
    characterSpacing: style.size === SIZE.三号 ? -5 : undefined,
  });
}

/** Chinese emphasis in a body font is 黑体, not a faked bold 仿宋; Latin text is bold. */
export function strong(style: RunStyle, lang: Lang): RunStyle {
  return lang === 'zh' ? { ...style, font: FONT.heiti } : { ...style, bold: true };
}

/** A body paragraph: justified, first line indented two characters. */
export function bodyParagraph(markdown: string, lang: Lang, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(2 * CHAR) },
    children: runs(markdown, BODY, lang),
    ...options,
  });
}

export function centred(markdown: string, style: RunStyle, lang: Lang, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: runs(markdown, style, lang), ...options });
}

/**
 * The title (2号小标宋, centred) or the red mark: a 纪要's mark in the title's size, a short masthead such as
 * 工作简报 in 小初 (36 pt), as a 简报's 版头 is set.
 */
export function titleParagraph(text: string, lang: Lang, red: boolean): Paragraph {
  const size = red && displayWidth(text) <= 16 ? SIZE.小初 : SIZE.二号;
  const style: RunStyle = { font: FONT.title, size, bold: lang === 'en' ? true : undefined, color: red ? RED : undefined };
  return centred(text, style, lang, { style: OFF_GRID, spacing: { line: size * 16, lineRule: LineRuleType.EXACT }, keepNext: true });
}

/** Headings: 一、 in 黑体, (一) in 楷体, 1. and (1) in 仿宋 (7.3.3); English: bold, bold italic, plain. */
export function headingParagraph(level: 1 | 2 | 3 | 4, text: string, lang: Lang): Paragraph {
  const zh: Record<number, RunStyle> = {
    1: { font: FONT.heiti, size: SIZE.三号 },
    2: { font: FONT.kaiti, size: SIZE.三号 },
    3: BODY,
    4: BODY,
  };
  const en: Record<number, RunStyle> = {
    1: { ...BODY, bold: true },
    2: { ...BODY, bold: true, italics: true },
    3: { ...BODY, italics: true },
    4: BODY,
  };
  const style = (lang === 'zh' ? zh : en)[level]!;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(2 * CHAR) },
    keepNext: true,
    children: runs(text, style, lang),
  });
}

/**
 * 出席:names… as 10.3 sets it: two characters in, the word in 3号黑体 and a colon, the names in 仿宋, and
 * continuation lines aligned after the colon (a hanging indent the width of the word and the colon).
 */
export function labelledParagraph(label: string, separator: string, text: string, lang: Lang, hang: boolean): Paragraph {
  const head = runs(`${label}${separator}`, strong(BODY, lang), lang);
  const labelChars = [...label].length + [...separator].length;
  const indent =
    hang && lang === 'zh'
      ? { left: Math.round((2 + labelChars) * CHAR), hanging: Math.round(labelChars * CHAR) }
      : { firstLine: Math.round(2 * CHAR) };
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent, children: [...head, ...runs(text, BODY, lang)] });
}
