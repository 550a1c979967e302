// The shapes of yishi audit's answer, shared by the history walk and the record comparisons.
import type { Message } from '../core/diagnostic.js';
import { parseYaml } from '../load/parse-yaml.js';

/** The fields that make up what was decided (docs/records.md). */
export const DECISION_FIELDS = ['meeting', 'no', 'text', 'lead', 'responsible', 'cooperating', 'due'] as const;
/** Lists that may only be appended to. */
export const APPEND_ONLY_FIELDS = ['extensions', 'progress'] as const;

export type ViolationKind =
  | 'meeting-changed'
  | 'meeting-removed'
  | 'decision-changed'
  | 'entry-removed'
  | 'entry-edited'
  | 'resolution-added'
  | 'resolution-removed'
  | 'record-moved'
  | 'seal-time-change';

export interface Violation {
  commit: string;
  author: string;
  email: string;
  /** Author date, ISO 8601. */
  date: string;
  /** Path relative to the record folder. */
  file: string;
  /** The field that changed, e.g. `due`, `progress[1].date`, or `(file)` for the whole record. */
  field: string;
  kind: ViolationKind;
  /** The meeting whose issued minutes sealed the record. */
  meeting: string;
  /** The commit in which that meeting's minutes were issued. */
  sealedIn: string;
  before?: unknown;
  after?: unknown;
  message: Message;
}

export interface AuditResult {
  violations: Violation[];
  /** What deserves a look but breaks no rule: a decision changed in the very commit that issued it. */
  notes: Violation[];
  /** Commits that touched meetings or resolutions (all of history, even with --since). */
  commits: number;
  /** Meetings whose minutes are issued at HEAD or were at some point. */
  sealedMeetings: number;
}

/** A record's top-level fields as one commit held them: unchecked, since an old version need not be valid. */
export type RecordData = Readonly<Record<string, unknown>>;

export interface Version {
  text?: string;
  data?: RecordData;
}

function isMapping(value: unknown): value is RecordData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function versionOf(path: string, text: string | undefined): Version {
  if (text === undefined) return {};
  const data = parseYaml(path, text).data;
  return { text, data: isMapping(data) ? data : undefined };
}

/** `data[field][key]`, or undefined when `data[field]` is not a mapping (e.g. `minutes.status`). */
export function subField(data: RecordData | undefined, field: string, key: string): unknown {
  const value = data?.[field];
  return isMapping(value) ? value[key] : undefined;
}

export function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
}

export const short = (commit: string): string => commit.slice(0, 7);
