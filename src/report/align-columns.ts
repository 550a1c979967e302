// Columns that stay aligned with Chinese text: widths are display columns (string-width: a CJK character is
// two columns, colour codes none), not string lengths.
import { displayWidth } from '../core/display-width.js';

export type Align = 'left' | 'right';

export function padTo(text: string, width: number, align: Align = 'left'): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/** Cut `text` to at most `max` display columns, ending with … when cut. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** The display width of each column: the widest cell of it. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return widths;
}

/** Each row as one line, cells padded to their column's width and joined by `gap`. */
export function alignRows(rows: readonly (readonly string[])[], aligns: readonly Align[], gap = '  '): string[] {
  const widths = columnWidths(rows);
  return rows.map((row) => row.map((cell, i) => padTo(cell, widths[i]!, aligns[i])).join(gap));
}
