// yishi supervise reply / close: append the unit's reply to a supervision record, or close it (销号) [四(二)].
// The rest of a sent record is sealed; these touch only replies, closed and closed_note.
import type { Records } from '../model/records.js';
import type { SupervisionReply } from '../model/types.js';
import type { Change } from './change.js';
import { editYaml, type YamlEdit } from './edit-yaml.js';
import { misuse, refuse } from './supervision-messages.js';
import { requireMember, requireSupervision } from './write-refused.js';

export interface ReplyInput {
  id: string;
  date: string;
  text: string;
  by?: string;
}

export function addReply(records: Records, input: ReplyInput): Change {
  const rec = requireSupervision(records, input.id);
  const s = rec.data;
  if (s.closed !== undefined) throw refuse('replyWhenClosed', { id: rec.id, closed: s.closed });
  if (input.by !== undefined) requireMember(records, input.by, '--by');
  const by = input.by ?? s.to;
  if (by === undefined) throw misuse('circularNeedsBy');
  if (input.date < s.date) throw refuse('replyBeforeSent', { date: input.date, sent: s.date });
  const last = s.replies?.[s.replies.length - 1];
  if (last && input.date < last.date) throw refuse('replyBeforeLast', { last: last.date, date: input.date });
  const reply: SupervisionReply = { date: input.date, by, text: input.text };
  return { path: rec.file.path, text: editYaml(rec.file.text, [{ op: 'append', path: ['replies'], value: reply }]), created: false };
}

export interface CloseInput {
  id: string;
  date: string;
  note?: string;
}

export function closeSupervision(records: Records, input: CloseInput): Change {
  const rec = requireSupervision(records, input.id);
  const s = rec.data;
  if (s.closed !== undefined) throw refuse('alreadyClosed', { id: rec.id, closed: s.closed });
  if (input.date < s.date) throw refuse('closeBeforeSent', { date: input.date, sent: s.date });
  const edits: YamlEdit[] = [{ op: 'set', path: ['closed'], value: input.date }];
  if (input.note !== undefined) edits.push({ op: 'set', path: ['closed_note'], value: input.note });
  return { path: rec.file.path, text: editYaml(rec.file.text, edits), created: false };
}
