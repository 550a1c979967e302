// The one table of record kinds (docs/records.md, "Layout"): where each kind's files lie, its JSON Schema,
// which of its fields name other records, the command that creates it and its name in both languages. The
// loader, the checks, the schema build, `yishi schema`, `log`, `new` and `init` all read this table: adding
// a kind is one entry here, its schema, its type (model/types.ts) and its own checks.

/** A path into a record's data; `*` stands for every item of a list. */
export type FieldPattern = readonly (string | number)[];

/** A field whose value is the id of another record. */
export interface ReferenceField {
  /** Where the id sits; a value that is not a string (an attendee written as a map) is no reference here. */
  readonly path: FieldPattern;
  /** The kind of record it names. */
  readonly target: 'member' | 'duty' | 'meeting' | 'resolution';
  /** Words that are valid here besides record ids (`office` for a convener). */
  readonly also?: readonly string[];
  /** A second kind of record it may name (a supervision item: a task, or a written-review meeting). */
  readonly orTarget?: 'meeting';
}

/** How a kind's year folder is found: from a date of the record, or from the date of a record it names. */
export interface YearFolder {
  /** The date field whose year names the folder (of this record, or of the record named by `through`). */
  readonly date: string;
  /** The reference field naming the record whose date counts (a resolution: its meeting). */
  readonly through?: { readonly field: string; readonly kind: 'meeting' };
}

export interface RecordKindSpec {
  /** The folder of the kind's files; undefined for the body (yishi.yaml at the top). */
  readonly folder?: string;
  /** Files sit in `<folder>/<yyyy>/<id>.yaml` rather than `<folder>/<id>.yaml`. */
  readonly year?: YearFolder;
  /** The property of Records that holds the kind's records by id; undefined for the body. */
  readonly collection?: string;
  /** The JSON Schema file in schemas/ (its `$id` is urn:yishi:schema:<kind>). */
  readonly schema: string;
  readonly references: readonly ReferenceField[];
  /** The command that creates a record of the kind. */
  readonly createdBy: string;
  /** An id as the records would have it, for messages that explain ids. */
  readonly example: string;
  /** The kind's name (singular) and the English plural. */
  readonly label: { readonly zh: string; readonly en: string; readonly enPlural: string };
}

const MEMBER = 'member';

export const RECORD_KINDS = {
  body: {
    schema: 'body.schema.json',
    references: [{ path: ['office', 'host'], target: MEMBER }],
    createdBy: 'yishi init',
    example: 'yishi',
    label: { zh: '机构', en: 'body', enPlural: 'bodies' },
  },
  member: {
    folder: 'members',
    collection: 'members',
    schema: 'member.schema.json',
    references: [{ path: ['successor'], target: MEMBER }],
    createdBy: 'yishi new member',
    example: 'mz',
    label: { zh: '成员', en: 'member', enPlural: 'members' },
  },
  duty: {
    folder: 'duties',
    collection: 'duties',
    schema: 'duty.schema.json',
    references: [{ path: ['holder'], target: MEMBER, also: ['group', 'office', 'townships'] }],
    createdBy: 'yishi new duty',
    example: 'mz',
    label: { zh: '职责', en: 'duty', enPlural: 'duties' },
  },
  meeting: {
    folder: 'meetings',
    year: { date: 'date' },
    collection: 'meetings',
    schema: 'meeting.schema.json',
    references: [
      { path: ['convener'], target: MEMBER, also: ['office'] },
      { path: ['chair'], target: MEMBER, also: ['office'] },
      { path: ['topics', '*', 'proposed_by'], target: MEMBER },
      { path: ['topics', '*', 'approved_by'], target: MEMBER },
      { path: ['attendees', '*'], target: MEMBER },
      { path: ['attendees', '*', 'member'], target: MEMBER },
      { path: ['absent', '*', 'member'], target: MEMBER },
      { path: ['minutes', 'signed_by'], target: MEMBER },
      { path: ['participants', '*'], target: MEMBER },
      { path: ['responses', '*', 'member'], target: MEMBER },
    ],
    createdBy: 'yishi new meeting',
    example: '2024-03-15-plenary',
    label: { zh: '会议', en: 'meeting', enPlural: 'meetings' },
  },
  resolution: {
    folder: 'resolutions',
    year: { date: 'date', through: { field: 'meeting', kind: 'meeting' } },
    collection: 'resolutions',
    schema: 'resolution.schema.json',
    references: [
      { path: ['meeting'], target: 'meeting' },
      { path: ['lead'], target: MEMBER },
      { path: ['responsible', '*'], target: MEMBER },
      { path: ['cooperating', '*'], target: MEMBER },
      { path: ['extensions', '*', 'granted_by'], target: 'meeting' },
      { path: ['superseded_by'], target: 'resolution' },
      { path: ['progress', '*', 'by'], target: MEMBER },
    ],
    createdBy: 'yishi new resolution',
    example: '2024-03-15-plenary-2',
    label: { zh: '议定事项', en: 'resolution', enPlural: 'resolutions' },
  },
  supervision: {
    folder: 'supervision',
    year: { date: 'date' },
    collection: 'supervisions',
    schema: 'supervision.schema.json',
    references: [
      { path: ['to'], target: MEMBER },
      { path: ['items', '*'], target: 'resolution', orTarget: 'meeting' },
      { path: ['signed_by'], target: MEMBER, also: ['office'] },
      { path: ['replies', '*', 'by'], target: MEMBER },
    ],
    createdBy: 'yishi supervise',
    example: '2025-07-02-zjj',
    label: { zh: '督办文书', en: 'supervision record', enPlural: 'supervision records' },
  },
} as const satisfies Record<string, RecordKindSpec>;

export type RecordKind = keyof typeof RECORD_KINDS;
/** Every kind but the body: the kinds that live in folders, many records each. */
export type FolderKind = Exclude<RecordKind, 'body'>;

/** Every kind, in the table's order (body first). */
export const RECORD_KIND_IDS = Object.keys(RECORD_KINDS) as RecordKind[];
/** The kinds that live in folders, in the table's order. */
export const FOLDER_KINDS = RECORD_KIND_IDS.filter((k): k is FolderKind => k !== 'body');

export function kindSpec(kind: RecordKind): RecordKindSpec {
  return RECORD_KINDS[kind];
}

/** The folder of a folder kind's files (`members`). */
export function folderOf(kind: FolderKind): string {
  return RECORD_KINDS[kind].folder;
}

/** Whether a kind's files sit in year folders (`meetings/<yyyy>/`). */
export function hasYearFolders(kind: RecordKind): boolean {
  return kindSpec(kind).year !== undefined;
}

/** The path of a record's file relative to the record folder; `year` for kinds with year folders. */
export function recordPathOf(kind: FolderKind, id: string, year?: string | number): string {
  return hasYearFolders(kind) ? `${folderOf(kind)}/${year}/${id}.yaml` : `${folderOf(kind)}/${id}.yaml`;
}

/** The kind whose folder is `folder` (`members` → member), or undefined. */
export function kindOfFolder(folder: string): FolderKind | undefined {
  return FOLDER_KINDS.find((k) => RECORD_KINDS[k].folder === folder);
}

/** The `$id` of a kind's schema. */
export function schemaIdOf(kind: RecordKind): string {
  return `urn:yishi:schema:${kind}`;
}

/** Where a kind's files lie, as a glob relative to the record folder (editor settings). */
export function globOf(kind: RecordKind): string {
  const spec = kindSpec(kind);
  if (spec.folder === undefined) return 'yishi.yaml';
  return spec.year ? `${spec.folder}/*/*.yaml` : `${spec.folder}/*.yaml`;
}

/**
 * Calls `visit` with every value at a pattern in data and its concrete path (`*` expanded over list items), depth
 * first. The path is the walk's own array, grown and shrunk on the way: a caller that keeps it copies it.
 */
export function forEachValueAt(
  data: unknown,
  pattern: FieldPattern,
  visit: (value: unknown, path: readonly (string | number)[]) => void,
): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth === pattern.length) {
      visit(value, path);
      return;
    }
    const segment = pattern[depth]!;
    if (segment === '*') {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) continue; // a hole, as forEach would skip it
        path.push(i);
        walk(value[i], depth + 1);
        path.pop();
      }
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && segment in value) {
      path.push(segment);
      walk((value as Record<string, unknown>)[segment], depth + 1);
      path.pop();
    }
  };
  walk(data, 0);
}

/** Every value at a pattern in data, with its concrete path (`*` expanded over list items). */
export function valuesAt(data: unknown, pattern: FieldPattern): Array<{ path: (string | number)[]; value: unknown }> {
  const found: Array<{ path: (string | number)[]; value: unknown }> = [];
  forEachValueAt(data, pattern, (value, path) => found.push({ path: [...path], value }));
  return found;
}
