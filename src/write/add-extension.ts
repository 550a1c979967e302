// yishi extend: append a deadline extension granted by a meeting.
import type { Records } from '../model/records.js';
import { dueDateOf, isTask } from '../model/task-state.js';
import type { Extension } from '../model/types.js';
import type { Change } from './change.js';
import { editYaml } from './edit-yaml.js';
import { refusal, requireMeeting, requireResolution } from './write-refused.js';
import { say } from '../core/messages.js';
import { REFUSED } from '../i18n/write.js';

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
  if (!isTask(rec.data) || current === undefined) throw refusal(say(REFUSED, 'noDueToExtend', { id: rec.id }));
  if (input.due <= current) throw refusal(say(REFUSED, 'notLater', { due: input.due, current }));
  const entry: Extension = { due: input.due, granted_by: input.grantedBy, reason: input.reason };
  return { path: rec.file.path, text: editYaml(rec.file.text, [{ op: 'append', path: ['extensions'], value: entry }]), created: false };
}
