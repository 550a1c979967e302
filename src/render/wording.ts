// The wording every rendered document shares: the numbering of official documents (一、二、三 and (一)(二)(三);
// 1. and (1) in English), half days, counts, and how a record's text goes into Markdown safely. Terms, numbers
// and dates are the shared vocabulary's (src/i18n/vocabulary.ts), re-exported here for the renderers.
import type { Lang } from '../core/diagnostic.js';
import { chineseNumber } from '../i18n/vocabulary.js';

export type { Lang };
export {
  chineseNumber,
  dateText,
  kindName,
  listText,
  MEETING_KIND_ORDER as KIND_ORDER,
  opinionName,
  roleName,
  statusName,
} from '../i18n/vocabulary.js';

/** The Chinese or the English text. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

/** 09:30 → 上午 / 15:00 → 下午 (official documents say the half of the day, not the minute). */
export function halfDay(time: string | undefined, lang: Lang): string {
  if (time === undefined) return '';
  if (lang === 'en') return ` at ${time}`;
  return Number(time.slice(0, 2)) < 12 ? '上午' : '下午';
}

/** A first-level number: 一、 / 1. */
export function sectionNo(n: number, lang: Lang): string {
  return lang === 'zh' ? `${chineseNumber(n)}、` : `${n}. `;
}

/** A second-level number: (一) / (1) . */
export function itemNo(n: number, lang: Lang): string {
  return lang === 'zh' ? `(${chineseNumber(n)})` : `(${n}) `;
}

/** 3 项 / 3 items: a count with its measure word. */
export function count(n: number, zhMeasure: string, enNoun: string, lang: Lang): string {
  return lang === 'zh' ? `${n}${zhMeasure}` : `${n} ${enNoun}${n === 1 ? '' : 's'}`;
}

// ---- Markdown -------------------------------------------------------------------------------------------

/**
 * A short field (a name, a title, a note) as inline Markdown text: on one line, with the characters that
 * Markdown would read as markup escaped, so that a record's text never changes the document's structure.
 */
export function inline(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

/**
 * A long field that may hold Markdown (proceedings, a resolution's text, an outcome): kept as written, with
 * line ends normalised, trailing spaces removed and runs of blank lines reduced to one.
 */
export function block(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
