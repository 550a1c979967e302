// How a message names a member: its unit and id, e.g. 县财政局(cz) / 县财政局 (cz); the bare id when unknown.
import type { Records } from './records.js';

export function memberLabel(records: Records, id: string): { zh: string; en: string } {
  const unit = records.members.get(id)?.data.unit;
  return unit ? { zh: `${unit}(${id})`, en: `${unit} (${id})` } : { zh: `“${id}”`, en: `"${id}"` };
}
