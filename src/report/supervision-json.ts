// `--format json` for supervision items: {"as_of":"YYYY-MM-DD","items":[{type, level, id, title, owner, lead,
// responsible, cooperating, meeting, due, days_overdue, status, note, supervised,
// supervisions: [{id, number, date}]}]}, ids (not names) throughout.
import type { SupervisionItem } from '../model/supervision-item.js';

export function formatItemsJson(items: readonly SupervisionItem[], asOf: string): string {
  const out = {
    as_of: asOf,
    items: items.map((i) => ({
      type: i.type,
      level: i.level,
      id: i.id,
      title: i.title,
      owner: i.owner,
      lead: i.lead,
      responsible: i.responsible,
      cooperating: i.cooperating,
      meeting: i.meeting,
      due: i.due,
      days_overdue: i.days_overdue,
      status: i.status,
      note: i.note,
      supervised: i.supervised,
      supervisions: i.supervisions,
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
