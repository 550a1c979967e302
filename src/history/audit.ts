// yishi audit: after the commit in which a meeting's minutes were issued, the meeting record and the decision
// of each of its resolutions never change, and progress, extensions, approval and superseded_by only grow
// (docs/records.md; notice 五(六), 六(二), 六(三)). Each commit is compared with its parent.
import { folderOf } from '../core/record-kinds.js';
import { isDeepStrictEqual } from 'node:util';
import type { Message } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { AUDIT } from '../i18n/history.js';
import { kindOfPath } from '../load/load-folder.js';
import { parseYaml } from '../load/parse-yaml.js';
import { commitsSince, commitsTouching, textsAt, type CommitChanges, type FileChange } from './commits.js';
import { appendOnlyChanges, fieldChanges, showValue, type FieldChange } from './field-changes.js';
import type { Repository } from './git.js';

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
  | 'resolution-removed';

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
  /** Commits that touched meetings or resolutions (all of history, even with --since). */
  commits: number;
  /** Meetings whose minutes are issued at HEAD or were at some point. */
  sealedMeetings: number;
}

interface Version {
  text?: string;
  data?: Record<string, any>;
}

function versionOf(path: string, text: string | undefined): Version {
  if (text === undefined) return {};
  const data = parseYaml(path, text).data;
  return { text, data: typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, any>) : undefined };
}

function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
}

const short = (commit: string): string => commit.slice(0, 7);

function isRecordChange(ch: FileChange): 'meeting' | 'resolution' | undefined {
  for (const p of [ch.path, ch.oldPath]) {
    const k = kindOfPath(p)?.kind;
    if (k === 'meeting' || k === 'resolution') return k;
  }
  return undefined;
}

export function auditHistory(repo: Repository, options: { since?: string } = {}): AuditResult {
  const commits = commitsTouching(repo, [folderOf('meeting'), folderOf('resolution')], { oldestFirst: true, merges: true });
  const reported = options.since !== undefined ? commitsSince(repo, options.since) : undefined;

  // Every version needed, fetched in one batch: each changed file before (in the parent) and after.
  const wanted: Array<{ commit: string; path: string }> = [];
  // A merge is compared with each of its parents (`before` has one slot per parent).
  const slots: Array<Array<{ change: FileChange; kind: 'meeting' | 'resolution'; before: number[]; after: number }>> = [];
  for (const c of commits) {
    const list: (typeof slots)[number] = [];
    const merge = c.parents.length > 1;
    for (const change of c.changes) {
      const kind = isRecordChange(change);
      if (!kind) continue;
      const before = merge
        ? c.parents.map((p) => wanted.push({ commit: p, path: change.oldPath }) - 1)
        : [change.status !== 'A' && c.parents[0] ? wanted.push({ commit: c.parents[0], path: change.oldPath }) - 1 : -1];
      let after = -1;
      if (merge || change.status !== 'D') after = wanted.push({ commit: c.commit, path: change.path }) - 1;
      list.push({ change, kind, before, after });
    }
    slots.push(list);
  }
  const texts = textsAt(repo, wanted);

  const sealed = new Map<string, string>(); // meeting id -> commit where its minutes were issued
  const violations: Violation[] = [];
  commits.forEach((c, i) => {
    const newlySealed: string[] = [];
    const report = reported === undefined || reported.has(c.commit);
    for (const { change, kind, before, after } of slots[i]!) {
      const now = versionOf(change.path, after >= 0 ? texts[after] : undefined);
      // Against each parent; a merge only answers for what it changes against every parent.
      const perParent = before.map((slot) => {
        const old = versionOf(change.oldPath, slot >= 0 ? texts[slot] : undefined);
        if (kind === 'meeting') {
          const oldId = idOf(change.oldPath);
          const sealedIn = sealed.get(oldId);
          return sealedIn && report && old.text !== undefined ? meetingViolations(c, change, oldId, sealedIn, old, now) : [];
        }
        const meeting = [old.data?.meeting, now.data?.meeting].find((m) => typeof m === 'string' && sealed.has(m)) as string | undefined;
        return meeting && report ? resolutionViolations(c, change, meeting, sealed.get(meeting)!, old, now) : [];
      });
      const key = (v: Violation): string => `${v.kind} ${v.field}`;
      violations.push(...perParent[0]!.filter((v) => perParent.every((list) => list.some((w) => key(w) === key(v)))));
      if (kind === 'meeting' && now.data?.minutes?.status === 'issued' && !sealed.has(idOf(change.path))) newlySealed.push(idOf(change.path));
    }
    for (const id of newlySealed) sealed.set(id, c.commit);
  });
  return { violations, commits: commits.length, sealedMeetings: sealed.size };
}

function base(c: CommitChanges, file: string, meeting: string, sealedIn: string) {
  return { commit: c.commit, author: c.author, email: c.email, date: c.date, file, meeting, sealedIn };
}

function meetingViolations(c: CommitChanges, change: FileChange, id: string, sealedIn: string, old: Version, now: Version): Violation[] {
  const b = base(c, change.status === 'D' ? change.oldPath : change.path, id, sealedIn);
  const sealed = { meeting: id, commit: short(sealedIn) };
  if (now.text === undefined)
    return [
      {
        ...b,
        field: '(file)',
        kind: 'meeting-removed',
        message: say(AUDIT, 'meetingRemoved', sealed),
      },
    ];
  const out: Violation[] = [];
  if (idOf(change.path) !== id)
    out.push({
      ...b,
      field: '(id)',
      kind: 'meeting-changed',
      before: id,
      after: idOf(change.path),
      message: say(AUDIT, 'meetingRenamed', { ...sealed, to: idOf(change.path) }),
    });
  const changes: FieldChange[] =
    old.data && now.data ? fieldChanges(old.data, now.data) : old.text !== now.text ? [{ field: '(file)', before: undefined, after: undefined }] : [];
  for (const ch of changes)
    out.push({
      ...b,
      field: ch.field,
      kind: 'meeting-changed',
      before: ch.before,
      after: ch.after,
      message: say(AUDIT, 'meetingChanged', { ...sealed, field: ch.field, before: showValue(ch.before), after: showValue(ch.after) }),
    });
  return out;
}

function resolutionViolations(
  c: CommitChanges,
  change: FileChange,
  meeting: string,
  sealedIn: string,
  old: Version,
  now: Version,
): Violation[] {
  const b = base(c, change.status === 'D' ? change.oldPath : change.path, meeting, sealedIn);
  const sealed: Sealed = { meeting, commit: short(sealedIn) };
  if (old.text === undefined)
    return [
      {
        ...b,
        field: '(file)',
        kind: 'resolution-added',
        message: say(AUDIT, 'resolutionAdded', { ...sealed, id: idOf(change.path) }),
      },
    ];
  if (now.text === undefined)
    return [
      {
        ...b,
        field: '(file)',
        kind: 'resolution-removed',
        message: say(AUDIT, 'resolutionRemoved', { ...sealed, id: idOf(change.oldPath) }),
      },
    ];
  const out: Violation[] = [];
  if (idOf(change.path) !== idOf(change.oldPath))
    out.push({
      ...b,
      field: '(id)',
      kind: 'decision-changed',
      before: idOf(change.oldPath),
      after: idOf(change.path),
      message: say(AUDIT, 'resolutionRenamed', { ...sealed, from: idOf(change.oldPath), to: idOf(change.path) }),
    });
  if (!old.data || !now.data) {
    if (old.text !== now.text)
      out.push({
        ...b,
        field: '(file)',
        kind: 'decision-changed',
        message: say(AUDIT, 'resolutionUnreadable', sealed),
      });
    return out;
  }
  const o = old.data;
  const n = now.data;
  for (const f of DECISION_FIELDS) {
    if (isDeepStrictEqual(o[f], n[f])) continue;
    out.push({
      ...b,
      field: f,
      kind: 'decision-changed',
      before: o[f],
      after: n[f],
      message: say(AUDIT, 'decisionChanged', { ...sealed, field: f, before: showValue(o[f]), after: showValue(n[f]) }),
    });
  }
  for (const f of APPEND_ONLY_FIELDS) {
    const { removed, edited } = appendOnlyChanges(f, o[f], n[f]);
    for (const r of removed) out.push(entryRemoved(b, r, sealed));
    for (const e of edited) out.push(entryEdited(b, e, sealed));
  }
  // approval: may be added and may move from pending to a result; nothing else.
  if (o.approval !== undefined && !isDeepStrictEqual(o.approval, n.approval)) {
    if (n.approval === undefined) out.push(entryRemoved(b, { field: 'approval', before: o.approval, after: undefined }, sealed));
    else
      for (const e of fieldChanges(o.approval, n.approval, 'approval')) {
        const decided = o.approval?.status === 'pending' && (e.field === 'approval.status' || e.field === 'approval.date');
        if (!decided) out.push(entryEdited(b, e, sealed));
      }
  }
  if (o.superseded_by !== undefined && o.superseded_by !== n.superseded_by) {
    const e = { field: 'superseded_by', before: o.superseded_by, after: n.superseded_by };
    out.push(n.superseded_by === undefined ? entryRemoved(b, e, sealed) : entryEdited(b, e, sealed));
  }
  return out;
}

type Base = ReturnType<typeof base>;

interface Sealed {
  meeting: string;
  commit: string;
}

function entryRemoved(b: Base, r: FieldChange, sealed: Sealed): Violation {
  return {
    ...b,
    field: r.field,
    kind: 'entry-removed',
    before: r.before,
    message: say(AUDIT, 'entryRemoved', { ...sealed, field: r.field, before: showValue(r.before) }),
  };
}

function entryEdited(b: Base, e: FieldChange, sealed: Sealed): Violation {
  const redated = /\.(date|due)$/.test(e.field);
  return {
    ...b,
    field: e.field,
    kind: 'entry-edited',
    before: e.before,
    after: e.after,
    message: say(AUDIT, redated ? 'entryRedated' : 'entryEdited', { ...sealed, field: e.field, before: showValue(e.before), after: showValue(e.after) }),
  };
}
