// The seal of every issued meeting against the records as they are now.
import type { Rec, Records } from '../../model/records.js';
import type { Meeting } from '../../model/types.js';
import { SEAL_PATTERN, sealOf, type SealedResolution } from './canonical.js';

export interface SealStatus {
  meeting: Rec<Meeting>;
  /** The seal written in the record, if any. */
  written?: string;
  /** The seal the records have now. */
  computed: string;
  state: 'matches' | 'changed' | 'unsealed' | 'malformed';
  /** The ids of the meeting's resolutions. */
  resolutions: string[];
}

export function resolutionsOf(records: Records): SealedResolution[] {
  return [...records.resolutions.values()].map((r) => ({ id: r.id, data: r.data as unknown as Record<string, unknown> }));
}

/** The resolutions grouped by the meeting they name, in the folder's order: each meeting's seal reads its own. */
function byMeeting(resolutions: readonly SealedResolution[]): Map<unknown, SealedResolution[]> {
  const groups = new Map<unknown, SealedResolution[]>();
  for (const r of resolutions) {
    const group = groups.get(r.data.meeting);
    if (group) group.push(r);
    else groups.set(r.data.meeting, [r]);
  }
  return groups;
}

/**
 * Seals computed earlier, by the meeting's data object: a write checks the folder before and after the change, and
 * the records it leaves alone are the same objects in both loads (load-folder.ts `reuse`), so a meeting whose record
 * and resolutions are all unchanged keeps the seal computed the first time.
 */
const computedSeals = new WeakMap<object, { id: string; resolutions: readonly SealedResolution[]; seal: string }>();

function computedSeal(meeting: Rec<Meeting>, mine: readonly SealedResolution[]): string {
  const kept = computedSeals.get(meeting.data);
  const same =
    kept !== undefined &&
    kept.id === meeting.id &&
    kept.resolutions.length === mine.length &&
    kept.resolutions.every((r, i) => r.id === mine[i]!.id && r.data === mine[i]!.data);
  if (same) return kept.seal;
  const seal = sealOf(meeting.id, meeting.data as unknown as Record<string, unknown>, mine);
  computedSeals.set(meeting.data, { id: meeting.id, resolutions: mine, seal });
  return seal;
}

/** Each meeting whose minutes are issued, in id order. */
export function sealStatuses(records: Records): SealStatus[] {
  const groups = byMeeting(resolutionsOf(records));
  const out: SealStatus[] = [];
  for (const meeting of [...records.meetings.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (meeting.data.minutes?.status !== 'issued') continue;
    const written = (meeting.data.minutes as { seal?: unknown }).seal;
    // sealOf reads only the resolutions of this meeting: giving it just those is the same seal, without a pass
    // over every resolution of the folder for each meeting.
    const mine = groups.get(meeting.id) ?? [];
    const computed = computedSeal(meeting, mine);
    const own = mine.map((r) => r.id).sort();
    const state =
      written === undefined
        ? 'unsealed'
        : typeof written !== 'string' || !SEAL_PATTERN.test(written)
          ? 'malformed'
          : written === computed
            ? 'matches'
            : 'changed';
    out.push({ meeting, written: typeof written === 'string' ? written : undefined, computed, state, resolutions: own });
  }
  return out;
}
