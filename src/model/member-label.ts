// How a message names a member: its unit and id, e.g. 县财政局(cz) / 县财政局 (cz); the id in quotes when unknown.
import type { Message } from '../core/diagnostic.js';
import { seatNames } from '../i18n/vocabulary.js';
import type { Records } from './records.js';

export function memberLabel(records: Records, id: string): Message {
  return seatNames(records.members.get(id)?.data, { id });
}
