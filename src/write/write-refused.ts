// Why a write command does not write: a usage mistake (unknown id, malformed value: exit 2) or a change the
// records do not allow (a sealed meeting, a date before the last entry: exit 1).
import type { Message } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { unknownName } from '../core/unknown-id.js';
import { type FolderKind } from '../core/record-kinds.js';
import { REFUSED } from '../i18n/write.js';
import { RECORD_KIND_TERMS } from '../i18n/vocabulary.js';
import type { Rec, Records } from '../model/records.js';
import type { Meeting, Member, Resolution, Supervision } from '../model/types.js';

export class WriteRefused extends Error {
  constructor(
    readonly text: Message,
    /** A mistake in how the command was called (exit 2), rather than a refusal on the records (exit 1). */
    readonly usage: boolean,
  ) {
    super(text.en);
  }
}

/** A mistake in how the command was called (exit 2); the text from a catalogue (src/i18n/write.ts). */
export function usageError(text: Message): WriteRefused {
  return new WriteRefused(text, true);
}

/** A change the records do not allow (exit 1). */
export function refusal(text: Message): WriteRefused {
  return new WriteRefused(text, false);
}

function find<T>(records: Records, kind: FolderKind, map: Map<string, Rec<T>>, id: string, option?: string): Rec<T> {
  const rec = map.get(id);
  if (rec) return rec;
  if (records.ids[kind].has(id)) throw refusal(say(REFUSED, 'unreadable', { kind: RECORD_KIND_TERMS[kind], id }));
  throw usageError(unknownName({ id, kind: RECORD_KIND_TERMS[kind], known: records.ids[kind], option }));
}

export function requireMember(records: Records, id: string, option: string): Rec<Member> {
  return find(records, 'member', records.members, id, option);
}

export function requireMeeting(records: Records, id: string, option: string): Rec<Meeting> {
  return find(records, 'meeting', records.meetings, id, option);
}

export function requireResolution(records: Records, id: string, option: string): Rec<Resolution> {
  return find(records, 'resolution', records.resolutions, id, option);
}

/** The supervision record named by a command's argument (`yishi supervise reply <id>`). */
export function requireSupervision(records: Records, id: string): Rec<Supervision> {
  return find(records, 'supervision', records.supervisions, id);
}
