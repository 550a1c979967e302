// yishi seal: meetings issued before seals existed get one (docs/records.md "Seal"). A seal that no longer
// matches its records is never replaced: that is a finding to look into, not something to paper over.
import { say } from '../core/messages.js';
import { SEAL_MESSAGES as M } from '../check/seal/messages.js';
import { sealStatuses } from '../check/seal/seal-status.js';
import type { Records } from '../model/records.js';
import type { Change } from './change.js';
import { editYaml } from './edit-yaml.js';
import { WriteRefused } from './write-refused.js';

export interface AddedSeal {
  meeting: string;
  seal: string;
  change: Change;
}

/** A seal for each issued meeting without one; refused when a written seal does not match. */
export function addSeals(records: Records): AddedSeal[] {
  const statuses = sealStatuses(records);
  const changed = statuses.find((s) => s.state === 'changed' || s.state === 'malformed');
  if (changed) throw new WriteRefused(say(M, 'refuseChanged', { id: changed.meeting.id }), false);
  return statuses
    .filter((s) => s.state === 'unsealed')
    .map((s) => ({
      meeting: s.meeting.id,
      seal: s.computed,
      change: {
        path: s.meeting.file.path,
        text: editYaml(s.meeting.file.text, [{ op: 'set', path: ['minutes', 'seal'], value: s.computed }]),
        created: false,
      },
    }));
}
