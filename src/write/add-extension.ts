// yishi extend: append a deadline extension granted by a meeting.
import type { Records } from '../model/records.js';
import { dueDateOf, isTask } from '../model/task-state.js';
import type { Extension } from '../model/types.js';
import type { Change } from './change.js';
import { editYaml } from './edit-yaml.js';
import { refusal, requireMeeting, requireResolution } from './write-refused.js';

export interface ExtensionInput {
  resolution: string;
  due: string;
  grantedBy: string;
  reason: string;
}

export function addExtension(records: Records, input: ExtensionInput): Change {
  const rec = requireResolution(records, input.resolution, 'resolution');
  requireMeeting(records, input.grantedBy, '--granted-by');
  const current = dueDateOf(rec.data);
  if (!isTask(rec.data) || current === undefined)
    throw refusal(
      `议定事项“${rec.id}”没有落实时限,无需延期。`,
      `Resolution "${rec.id}" has no due date, so there is nothing to extend.`,
    );
  if (input.due <= current)
    throw refusal(
      `延期后的时限 ${input.due} 必须晚于现在的时限 ${current}。`,
      `The extended due date ${input.due} must be later than the current one, ${current}.`,
    );
  const entry: Extension = { due: input.due, granted_by: input.grantedBy, reason: input.reason };
  return { path: rec.file.path, text: editYaml(rec.file.text, [{ op: 'append', path: ['extensions'], value: entry }]), created: false };
}
