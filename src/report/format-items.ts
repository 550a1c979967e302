// The four output formats of a list of supervision items (`yishi overdue`, `yishi tasks`), one module each,
// loaded only for the format asked for.
import type { SupervisionItem } from '../model/supervision-item.js';
import type { TableOptions } from './supervision-table.js';

/** Add a format: one file, one entry here and one case below; the commands' choices come from this list. */
export const ITEMS_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type ItemsFormat = (typeof ITEMS_FORMATS)[number];

/** What every format needs: the table options (lang, names, unit, summary, columns, colour …) and today. */
export async function formatItems(
  format: ItemsFormat,
  items: readonly SupervisionItem[],
  today: string,
  table: () => Promise<TableOptions> | TableOptions,
): Promise<string> {
  const o = await table();
  switch (format) {
    case 'json':
      return (await import('./supervision-json.js')).formatItemsJson(items, today);
    case 'csv':
      return (await import('./supervision-csv.js')).formatItemsCsv(items, o);
    case 'markdown':
      return (await import('./supervision-markdown.js')).formatItemsMarkdown(items, o);
    case 'table':
      return (await import('./supervision-table.js')).formatItemsTable(items, o);
  }
}
