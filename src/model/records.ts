// The records of one body, typed and indexed by id: only records that passed their schema are here.
import type { SourceFile } from '../load/source-file.js';
import type { Body, Duty, Meeting, Member, RecordKind, Resolution, Supervision } from './types.js';
import { DEFAULT_TIMEZONE } from './today.js';

export interface Rec<T> {
  kind: RecordKind;
  id: string;
  file: SourceFile;
  data: T;
}

export type RecordKindId = Exclude<RecordKind, 'body'>;

export interface Records {
  /** Absolute path of the record folder. */
  root: string;
  body?: Rec<Body>;
  /** In file-path order, which is the order every listing starts from. */
  members: Map<string, Rec<Member>>;
  duties: Map<string, Rec<Duty>>;
  meetings: Map<string, Rec<Meeting>>;
  resolutions: Map<string, Rec<Resolution>>;
  supervisions: Map<string, Rec<Supervision>>;
  /** Ids of every record file of a kind, including those that failed their schema. */
  ids: Record<RecordKindId, Set<string>>;
  /**
   * Paths of record files that could not be read or failed their schema, and so are not in the maps above. A
   * rule that reports something missing (no plenary in a year, no duty) stays quiet where such a file may be it.
   */
  unreadable: Set<string>;
}

export function emptyRecords(root: string): Records {
  return {
    root,
    members: new Map(),
    duties: new Map(),
    meetings: new Map(),
    resolutions: new Map(),
    supervisions: new Map(),
    ids: { member: new Set(), duty: new Set(), meeting: new Set(), resolution: new Set(), supervision: new Set() },
    unreadable: new Set(),
  };
}

export function timezoneOf(records: Records): string {
  return records.body?.data.timezone ?? DEFAULT_TIMEZONE;
}

export function localeOf(records: Records): 'zh-CN' | 'en' {
  return records.body?.data.locale ?? 'zh-CN';
}

/** Members in the notice's order (`order`, then id). */
export function membersInOrder(records: Records): Rec<Member>[] {
  return [...records.members.values()].sort(
    (a, b) => (a.data.order ?? 1e9) - (b.data.order ?? 1e9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Meetings by date, then id. */
export function meetingsInOrder(records: Records): Rec<Meeting>[] {
  return [...records.meetings.values()].sort((a, b) =>
    a.data.date !== b.data.date ? (a.data.date < b.data.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** Resolutions by meeting date, meeting id, then `no`. */
export function resolutionsInOrder(records: Records): Rec<Resolution>[] {
  const dateOf = (r: Rec<Resolution>): string => records.meetings.get(r.data.meeting)?.data.date ?? '';
  return [...records.resolutions.values()].sort(
    (a, b) =>
      (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0) ||
      (a.data.meeting < b.data.meeting ? -1 : a.data.meeting > b.data.meeting ? 1 : 0) ||
      a.data.no - b.data.no,
  );
}

/** Resolutions decided at a meeting, by `no`. */
export function resolutionsOf(records: Records, meetingId: string): Rec<Resolution>[] {
  return [...records.resolutions.values()].filter((r) => r.data.meeting === meetingId).sort((a, b) => a.data.no - b.data.no);
}
