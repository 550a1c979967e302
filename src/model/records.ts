// The records of one body, typed and indexed by id: only records that passed their schema are here. Records
// are plain data: where a field sits in its file is asked of the load layer (load/source-index.ts).
import { FOLDER_KINDS, RECORD_KINDS, type FolderKind, type RecordKind } from '../core/record-kinds.js';
import type { Body, Meeting, Member, RecordTypes, Resolution } from './types.js';
import { DEFAULT_TIMEZONE } from './today.js';

/** The file a record was read from: its path relative to the record folder (`/` separators) and its text. */
export interface RecordFile {
  readonly path: string;
  readonly text: string;
}

export interface Rec<T> {
  kind: RecordKind;
  id: string;
  file: RecordFile;
  data: T;
}

export type RecordKindId = FolderKind;

/** The property of Records that holds a kind's records (`members` for member), from the table of kinds. */
type CollectionOf<K extends FolderKind> = (typeof RECORD_KINDS)[K]['collection'];

/** Each folder kind's records by id, in file-path order, which is the order every listing starts from. */
export type Collections = { [K in FolderKind as CollectionOf<K>]: Map<string, Rec<RecordTypes[K]>> };

export type Records = Collections & {
  /** Absolute path of the record folder. */
  root: string;
  body?: Rec<Body>;
  /** Ids of every record file of a kind, including those that failed their schema. */
  ids: Record<FolderKind, Set<string>>;
  /**
   * Paths of record files that could not be read or failed their schema, and so are not in the maps above. A
   * rule that reports something missing (no plenary in a year, no duty) stays quiet where such a file may be it.
   */
  unreadable: Set<string>;
};

/** The records of one folder kind, by id. */
export function recordsOfKind<K extends FolderKind>(records: Records, kind: K): Map<string, Rec<RecordTypes[K]>> {
  return (records as unknown as Record<string, Map<string, Rec<RecordTypes[K]>>>)[RECORD_KINDS[kind].collection]!;
}

/**
 * Whether records of `folder` (e.g. `meetings/2026/`, with a trailing `/`) may be missing: a file in it, the
 * folder itself or a folder above it could not be read.
 */
export function mayBeMissingFrom(records: Records, folder: string): boolean {
  for (const path of records.unreadable) {
    if (path.startsWith(folder) || (path.endsWith('/') && folder.startsWith(path)) || path === '') return true;
  }
  return false;
}

export function emptyRecords(root: string): Records {
  const collections = Object.fromEntries(FOLDER_KINDS.map((k) => [RECORD_KINDS[k].collection, new Map()]));
  const ids = Object.fromEntries(FOLDER_KINDS.map((k) => [k, new Set<string>()])) as Record<FolderKind, Set<string>>;
  return { root, ...(collections as Collections), ids, unreadable: new Set() };
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
  // Each resolution's meeting date looked up once, not at every comparison.
  const dates = new Map<Rec<Resolution>, string>();
  for (const r of records.resolutions.values()) dates.set(r, records.meetings.get(r.data.meeting)?.data.date ?? '');
  return [...records.resolutions.values()].sort((a, b) => {
    const [da, db] = [dates.get(a)!, dates.get(b)!];
    return (
      (da < db ? -1 : da > db ? 1 : 0) ||
      (a.data.meeting < b.data.meeting ? -1 : a.data.meeting > b.data.meeting ? 1 : 0) ||
      a.data.no - b.data.no
    );
  });
}

/** Resolutions decided at a meeting, by `no`. */
export function resolutionsOf(records: Records, meetingId: string): Rec<Resolution>[] {
  return [...records.resolutions.values()].filter((r) => r.data.meeting === meetingId).sort((a, b) => a.data.no - b.data.no);
}
