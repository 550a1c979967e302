// yishi progress: append a progress entry to a resolution [五(五)]; by default the entry is by the task's
// owner on that date (the lead, or its successor when the lead has left).
import { ownerOf } from '../model/owner-of.js';
import type { Records } from '../model/records.js';
import { isTask } from '../model/task-state.js';
import type { ProgressEntry, ProgressStatus } from '../model/types.js';
import type { Change } from './change.js';
import { editYaml } from './edit-yaml.js';
import { refusal, requireMember, requireResolution, usageError } from './write-refused.js';
import { say } from '../core/messages.js';
import { REFUSED } from '../i18n/write.js';

export interface ProgressInput {
  resolution: string;
  status: ProgressStatus;
  note: string;
  by?: string;
  date: string;
}

export function addProgress(records: Records, input: ProgressInput): Change {
  const rec = requireResolution(records, input.resolution, 'resolution');
  const r = rec.data;
  let by = input.by;
  if (by !== undefined) requireMember(records, by, '--by');
  else if (isTask(r)) by = ownerOf(records, r.lead!, input.date).owner;
  else throw usageError(say(REFUSED, 'noLeadSayBy', { id: rec.id }));
  const last = r.progress?.[r.progress.length - 1];
  if (last && input.date < last.date) throw refusal(say(REFUSED, 'progressOutOfOrder', { date: last.date, inputDate: input.date }));
  const entry: ProgressEntry = { date: input.date, by, status: input.status, note: input.note };
  return { path: rec.file.path, text: editYaml(rec.file.text, [{ op: 'append', path: ['progress'], value: entry }]), created: false };
}
