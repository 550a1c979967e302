// `--format csv` for supervision items: one row per item, unit names rather than ids, UTF-8 with a byte-order
// mark so that Excel opens Chinese text correctly, fields quoted as RFC 4180 says, CRLF line ends.
import type { Lang } from '../core/diagnostic.js';
import { roleOf, type SupervisionItem } from '../model/supervision-item.js';
import { text } from '../core/messages.js';
import { HEADERS, joinNames, levelLabel, roleLabel, statusLabel, typeLabel, type Names } from './supervision-labels.js';

export const BOM = '\uFEFF';

/**
 * A field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or edge spaces. Text that a
 * spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe; numbers stay numbers.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatItemsCsv(items: readonly SupervisionItem[], o: { lang: Lang; names: Names; unit?: string }): string {
  const h = (k: keyof typeof HEADERS): string => text(o.lang, HEADERS, k);
  const header = [
    h('type'),
    h('level'),
    h('id'),
    h('title'),
    h('owner'),
    ...(o.unit ? [h('role')] : []),
    h('currentLead'),
    h('responsible'),
    h('cooperating'),
    h('meeting'),
    h('due'),
    h('daysOverdue'),
    h('status'),
    h('note'),
  ];
  const rows = items.map((i) => {
    const role = o.unit ? roleOf(i, o.unit) : undefined;
    return [
      typeLabel(i.type, o.lang),
      levelLabel(i.level, o.lang),
      i.id,
      i.title,
      o.names.unit(i.owner),
      ...(o.unit ? [role ? roleLabel(i, role, o.lang) : ''] : []),
      i.lead !== null ? o.names.unit(i.lead) : '',
      joinNames(i.responsible, o.names, o.lang),
      joinNames(i.cooperating, o.names, o.lang),
      i.meeting !== null ? o.names.meeting(i.meeting) : '',
      i.due ?? '',
      i.days_overdue === null ? '' : String(i.days_overdue),
      statusLabel(i.status, o.lang),
      i.note?.trim() ?? '',
    ];
  });
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
