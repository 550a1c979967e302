// The wording every rendered document shares: dates (2024年3月15日 / 15 March 2024), the numbering of official
// documents (一、二、三 and (一)(二)(三); 1. and (1) in English), names of kinds and states, and the few Markdown
// constructs the documents use, written so that the output passes markdownlint and is the same every time.
import stringWidth from 'string-width';
import type { Lang } from '../core/diagnostic.js';
import type { MeetingKind, Member, Response, TaskStatus } from '../model/types.js';

export type { Lang };

/** The Chinese or the English text. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2024年3月15日 / 15 March 2024. */
export function dateText(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** 09:30 → 上午 / 15:00 → 下午 (official documents say the half of the day, not the minute). */
export function halfDay(time: string | undefined, lang: Lang): string {
  if (time === undefined) return '';
  if (lang === 'en') return ` at ${time}`;
  return Number(time.slice(0, 2)) < 12 ? '上午' : '下午';
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; 100 and more in Arabic digits. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A first-level number: 一、 / 1. */
export function sectionNo(n: number, lang: Lang): string {
  return lang === 'zh' ? `${chineseNumber(n)}、` : `${n}. `;
}

/** A second-level number: (一) / (1) . */
export function itemNo(n: number, lang: Lang): string {
  return lang === 'zh' ? `(${chineseNumber(n)})` : `(${n}) `;
}

/** 县民政局、县财政局 / 县民政局, 县财政局. */
export function listText(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** 3 项 / 3 items: a count with its measure word. */
export function count(n: number, zhMeasure: string, enNoun: string, lang: Lang): string {
  return lang === 'zh' ? `${n}${zhMeasure}` : `${n} ${enNoun}${n === 1 ? '' : 's'}`;
}

const KINDS: Record<MeetingKind, { zh: string; en: string }> = {
  plenary: { zh: '全体会议', en: 'plenary meeting' },
  thematic: { zh: '专题会议', en: 'thematic meeting' },
  written: { zh: '书面审议', en: 'written review' },
  liaison: { zh: '联络员会议', en: 'liaison meeting' },
};

export const KIND_ORDER: readonly MeetingKind[] = ['plenary', 'thematic', 'written', 'liaison'];

export function kindName(kind: MeetingKind, lang: Lang): string {
  return KINDS[kind][lang];
}

const ROLES: Record<Member['role'], { zh: string; en: string }> = {
  leader: { zh: '组长', en: 'leader' },
  deputy: { zh: '副组长', en: 'deputy leader' },
  member: { zh: '成员', en: 'member' },
};

export function roleName(role: Member['role'], lang: Lang): string {
  return ROLES[role][lang];
}

const STATUSES: Record<TaskStatus | 'superseded', { zh: string; en: string }> = {
  open: { zh: '未报进展', en: 'no progress reported' },
  in_progress: { zh: '落实中', en: 'in progress' },
  blocked: { zh: '落实受阻', en: 'blocked' },
  done: { zh: '已办结', en: 'done' },
  superseded: { zh: '已被替代', en: 'superseded' },
};

export function statusName(status: TaskStatus | 'superseded', lang: Lang): string {
  return STATUSES[status][lang];
}

const OPINIONS: Record<Response['opinion'] | 'none', { zh: string; en: string }> = {
  agree: { zh: '同意', en: 'agree' },
  disagree: { zh: '不同意', en: 'disagree' },
  comment: { zh: '有意见', en: 'comment' },
  none: { zh: '未反馈', en: 'no response' },
};

export function opinionName(opinion: Response['opinion'] | 'none', lang: Lang): string {
  return OPINIONS[opinion][lang];
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

function pad(cell: string, width: number): string {
  return cell + ' '.repeat(Math.max(0, width - stringWidth(cell)));
}

/**
 * A table whose pipes line up in a fixed-width font, Chinese characters counted two columns wide (as
 * markdownlint's table-column-style counts them). Cells are inline text: pass them through `inline` first.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(3, stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A document built from Markdown blocks separated by one blank line, ending with one newline. */
export class MarkdownDoc {
  private readonly blocks: string[] = [];

  heading(level: 1 | 2 | 3, text: string): this {
    this.blocks.push(`${'#'.repeat(level)} ${text}`);
    return this;
  }

  /** A paragraph or any prepared block; empty text adds nothing. */
  add(text: string | undefined): this {
    if (text !== undefined && text.trim() !== '') this.blocks.push(text);
    return this;
  }

  bullets(items: readonly string[]): this {
    if (items.length > 0) this.blocks.push(items.map((i) => `- ${i}`).join('\n'));
    return this;
  }

  rule(): this {
    this.blocks.push('---');
    return this;
  }

  toString(): string {
    return `${this.blocks.join('\n\n')}\n`;
  }
}
