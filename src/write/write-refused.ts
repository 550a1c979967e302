// Why a write command does not write: a usage mistake (unknown id, malformed value: exit 2) or a change the
// records do not allow (a sealed meeting, a date before the last entry: exit 1).
import type { Message } from '../core/diagnostic.js';
import { unknownName } from '../core/unknown-id.js';
import { kindSpec, type FolderKind } from '../core/record-kinds.js';
import type { Rec, Records } from '../model/records.js';
import type { Meeting, Member, Resolution } from '../model/types.js';

export class WriteRefused extends Error {
  constructor(
    readonly text: Message,
    /** A mistake in how the command was called (exit 2), rather than a refusal on the records (exit 1). */
    readonly usage: boolean,
  ) {
    super(text.en);
  }
}

export function usageError(zh: string, en: string): WriteRefused {
  return new WriteRefused({ zh, en }, true);
}

export function refusal(zh: string, en: string): WriteRefused {
  return new WriteRefused({ zh, en }, false);
}


function find<T>(records: Records, kind: FolderKind, map: Map<string, Rec<T>>, id: string, option: string): Rec<T> {
  const rec = map.get(id);
  if (rec) return rec;
  const { zh, en } = kindSpec(kind).label;
  if (records.ids[kind].has(id))
    throw refusal(
      `${zh}“${id}”的文件有错误,无法读取;请先运行 yishi validate 并改正。`,
      `The file of ${en} "${id}" has errors and cannot be read; run yishi validate and fix it first.`,
    );
  throw new WriteRefused(unknownName({ id, kind: kindSpec(kind).label, known: records.ids[kind], option }), true);
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
