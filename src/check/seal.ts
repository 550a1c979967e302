// validate: every issued meeting's seal is recomputed from the records as they are (whatever git says): a
// sealed record whose content changed is an error at its seal; issued minutes without a seal get a note.
import type { Diagnostic } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import type { SourceIndex } from '../load/source-index.js';
import type { Records } from '../model/records.js';
import { SEAL_MESSAGES as M } from './seal/messages.js';
import { sealStatuses } from './seal/seal-status.js';

export function checkSeals(records: Records, source: SourceIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of sealStatuses(records)) {
    const file = s.meeting.file;
    const at = (path: string[]) => ({ file: file.path, ...source.positionOf(file.path, path), rule: 'seal' });
    if (s.state === 'changed')
      out.push({
        ...at(['minutes', 'seal']),
        severity: 'error',
        message: say(M, 'mismatch', { id: s.meeting.id, resolutions: s.resolutions.join(', ') || M.noValue.en }),
      });
    else if (s.state === 'malformed') out.push({ ...at(['minutes', 'seal']), severity: 'error', message: say(M, 'malformed') });
    else if (s.state === 'unsealed')
      out.push({ ...at(['minutes', 'status']), severity: 'note', message: say(M, 'unsealed', { id: s.meeting.id }) });
  }
  for (const m of records.meetings.values()) {
    if (m.data.minutes?.status === 'draft' && (m.data.minutes as { seal?: unknown }).seal !== undefined)
      out.push({
        file: m.file.path,
        ...source.positionOf(m.file.path, ['minutes', 'seal']),
        rule: 'seal',
        severity: 'warning',
        message: say(M, 'sealedDraft'),
      });
  }
  return out;
}
