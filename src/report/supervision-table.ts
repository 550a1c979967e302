// `--format table` for supervision items: aligned columns for a person at a terminal (CJK characters count two
// columns), the days column red for overdue and yellow for due soon, a difficulty or a former lead on an
// indented line under its row, and a one-line summary.
import { supervisedNote } from './supervised-note.js';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/diagnostic.js';
import { roleOf, type SupervisionItem } from '../model/supervision-item.js';
import type { GroupBy } from '../model/supervision.js';
import { columnWidths, padTo, truncateToWidth, type Align } from './align-columns.js';
import { text } from '../core/messages.js';
import { SUPERVISION } from '../i18n/supervision.js';
import { daysText, HEADERS, orphanNote, roleLabel, statusLabel, typeLabel, type Names } from './supervision-labels.js';

export type ColumnId = 'owner' | 'role' | 'type' | 'id' | 'title' | 'meeting' | 'due' | 'status' | 'days';

export interface TableOptions {
  lang: Lang;
  chalk: ChalkInstance;
  names: Names;
  columns: readonly ColumnId[];
  /** The first column is this group's key: repeated keys are left blank. */
  groupBy?: GroupBy;
  /** The member whose list this is: fills the role column. */
  unit?: string;
  summary: string;
  /** Colour of the summary line. */
  tone: 'red' | 'yellow' | 'green';
  /** Titles longer than this many columns are cut (default 40). */
  maxTitleWidth?: number;
}

/** The columns of `yishi overdue`: the group's key first, the days last. */
export function overdueColumns(by: GroupBy, unit?: string): ColumnId[] {
  const rest: ColumnId[] = ['owner', ...(unit ? (['role'] as const) : []), 'type', 'id', 'title', 'due', 'status', 'days'];
  if (by === 'owner') return rest;
  if (by === 'due') return ['due', ...rest.filter((c) => c !== 'due')];
  return ['meeting', ...rest];
}

/** The columns of `yishi tasks`. */
export function taskColumns(unit?: string): ColumnId[] {
  return ['id', 'title', 'owner', ...(unit ? (['role'] as const) : []), 'due', 'status', 'days'];
}

function cell(item: SupervisionItem, column: ColumnId, o: TableOptions): string {
  switch (column) {
    case 'owner':
      return o.names.unit(item.owner);
    case 'role': {
      const role = o.unit ? roleOf(item, o.unit) : undefined;
      return role ? roleLabel(item, role, o.lang) : '';
    }
    case 'type':
      return typeLabel(item.type, o.lang);
    case 'id':
      return item.id;
    case 'title':
      // A title written as a YAML block keeps its line breaks: fold them so that the row stays one line.
      return truncateToWidth(item.title.trim().replace(/\s*[\r\n\t]\s*/g, ' '), o.maxTitleWidth ?? 40);
    case 'meeting':
      return item.meeting ?? '-';
    case 'due':
      return item.due ?? '-';
    case 'status':
      return statusLabel(item.status, o.lang);
    case 'days':
      return daysText(item.days_overdue, o.lang);
  }
}

/** Lines printed under an item's row: who led it before succession, the difficulty a blocked task reported. */
export function noteLines(item: SupervisionItem, o: { lang: Lang; names: Names }): string[] {
  const lines: string[] = [];
  if (item.type === 'task' && item.lead !== null && item.lead !== item.owner)
    lines.push(text(o.lang, SUPERVISION, 'formerLead', { unit: o.names.unit(item.lead) }));
  const orphan = orphanNote(item, o.names, o.lang);
  if (orphan) lines.push(orphan);
  if (item.status === 'blocked' && item.note)
    lines.push(text(o.lang, SUPERVISION, 'difficulty', { note: item.note.trim().replace(/\s*\n\s*/g, ' ') }));
  const supervised = supervisedNote(item, o.lang);
  if (supervised) lines.push(supervised);
  return lines;
}

export function formatItemsTable(items: readonly SupervisionItem[], o: TableOptions): string {
  const tone = o.tone === 'red' ? o.chalk.red.bold : o.tone === 'yellow' ? o.chalk.yellow.bold : o.chalk.green;
  if (items.length === 0) return `${tone(o.summary)}\n`;
  const header = o.columns.map((c) => text(o.lang, HEADERS, c));
  const rows = items.map((item) => o.columns.map((c) => cell(item, c, o)));
  const widths = columnWidths([header, ...rows]);
  const aligns: Align[] = o.columns.map((c) => (c === 'days' ? 'right' : 'left'));
  const gap = '  ';
  const titleAt = o.columns.indexOf('title');
  const indent = titleAt < 0 ? 2 : widths.slice(0, titleAt).reduce((sum, w) => sum + w + gap.length, 0);

  const lines: string[] = [];
  const line = (cells: readonly string[], paint?: (cell: string, i: number) => string): string =>
    cells
      .map((c, i) => {
        const padded = padTo(c, widths[i]!, aligns[i]);
        return paint ? paint(padded, i) : padded;
      })
      .join(gap);
  lines.push(o.chalk.bold(line(header)));
  lines.push(o.chalk.dim(widths.map((w) => '-'.repeat(w)).join(gap)));
  let previousKey: string | undefined;
  items.forEach((item, n) => {
    const cells = [...rows[n]!];
    if (o.groupBy) {
      if (cells[0] === previousKey) cells[0] = '';
      else previousKey = cells[0];
    }
    const days = o.columns.indexOf('days');
    lines.push(
      line(cells, (padded, i) =>
        i === days && item.level === 'overdue'
          ? o.chalk.red(padded)
          : i === days && item.level === 'due-soon'
            ? o.chalk.yellow(padded)
            : padded,
      ),
    );
    for (const note of noteLines(item, o)) lines.push(o.chalk.dim(`${' '.repeat(indent)}${note}`));
  });
  lines.push('', tone(o.summary));
  return lines.join('\n') + '\n';
}
