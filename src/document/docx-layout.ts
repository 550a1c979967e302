// The page of GB/T 9704-2012 (党政机关公文格式) in the units of a .docx: A4, 天头 37 mm, 订口 28 mm, a text block
// of 156 mm × 225 mm holding 22 lines of 28 characters of 3号 (16 pt) type; the fonts of each part of a
// document with the fonts a machine without the official ones falls back to.
import type { Lang } from '../core/diagnostic.js';

/** Millimetres to twips (twentieths of a point), the unit of page geometry in WordprocessingML. */
export const mm = (n: number): number => Math.round((n * 1440) / 25.4);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  textWidth: mm(156),
  textHeight: mm(225),
  /** Where the footer's line sits: the page number's dashes 7 mm under the text block (7.5). */
  footer: mm(35 - 7 - 5),
  header: mm(15),
} as const;

export const MARGINS = {
  top: PAGE.top,
  left: PAGE.left,
  right: PAGE.width - PAGE.left - PAGE.textWidth,
  bottom: PAGE.height - PAGE.top - PAGE.textHeight,
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Half-points, the unit of font sizes: 小初 36 pt, 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { 小初: 72, 二号: 44, 三号: 32, 四号: 28 } as const;

/** The document grid: the line pitch that fits 22 lines and the character space that fits 28 characters. */
export const GRID = {
  linePitch: Math.floor(PAGE.textHeight / LINES_PER_PAGE),
  /** In 1/4096 pt added to the 16 pt character: negative, as 28 characters are a little narrower than 16 pt. */
  charSpace: Math.floor((PAGE.textWidth / CHARS_PER_LINE / 20 - SIZE.三号 / 2) * 4096),
} as const;

/** The width of one character of the body on the grid, in twips. */
export const CHAR = PAGE.textWidth / CHARS_PER_LINE;

export const RED = 'FF0000';

/** The paragraph style of type set on its own measure rather than in the cells of the grid: the title, tables, the 版记. */
export const OFF_GRID = 'OffGrid';

/** The official fonts of the standard, by the part they set. */
export const FONT = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/**
 * What each official font falls back to where it is missing, as the font table names it (w:altName): the
 * fonts that come with Windows and WPS, by their Chinese names, which Word and WPS also know by their
 * English ones (FangSong, SimHei, KaiTi, SimSun).
 */
export const FALLBACK: Readonly<Record<string, string>> = {
  仿宋_GB2312: '仿宋',
  仿宋: 'FangSong',
  方正小标宋简体: '宋体',
  黑体: 'SimHei',
  楷体_GB2312: '楷体',
  楷体: 'KaiTi',
  宋体: 'SimSun',
};

/** Run fonts: Latin text in Times New Roman, Chinese text in `eastAsia`; ambiguous punctuation as Chinese. */
export function fonts(eastAsia: string, lang: Lang): { ascii: string; hAnsi: string; cs: string; eastAsia: string; hint?: string } {
  const latin = FONT.latin;
  const base = { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
  return lang === 'zh' ? { ...base, hint: 'eastAsia' } : base;
}
