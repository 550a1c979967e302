// yishi audit: after the commit in which a meeting's minutes were issued, the meeting record and the decision
// of each of its resolutions never change, stay where they are, and progress, extensions, approval and
// superseded_by only grow (docs/records.md; notice 五(六), 六(二), 六(三)). Each commit is compared with its
// parent; renames are followed, also of the record folder itself; replaced commits are read as committed.
import { isDeepStrictEqual } from 'node:util';
import { say } from '../core/messages.js';
import { folderOf } from '../core/record-kinds.js';
import { kindOfPath } from '../load/load-folder.js';
import { AUDIT_MESSAGES as M } from './audit-messages.js';
import { base, meetingViolations, resolutionViolations } from './audit-records.js';
import { DECISION_FIELDS, idOf, short, subField, versionOf, type AuditResult, type Version, type Violation } from './audit-types.js';
import { commitsSince, commitsTouching, formerPrefixes, textsAt, type CommitChanges, type FileChange } from './commits.js';
import { showValue } from './field-changes.js';
import type { Repository } from './git.js';

export { APPEND_ONLY_FIELDS, DECISION_FIELDS } from './audit-types.js';
export type { AuditResult, Violation, ViolationKind } from './audit-types.js';

type RecordKind = 'meeting' | 'resolution';

function isRecordChange(ch: FileChange): RecordKind | undefined {
  for (const p of [ch.path, ch.oldPath]) {
    const k = kindOfPath(p)?.kind;
    if (k === 'meeting' || k === 'resolution') return k;
  }
  return undefined;
}

interface Slot {
  change: FileChange;
  kind: RecordKind;
  /** One index into the fetched texts per parent (-1: none). */
  before: number[];
  after: number;
}

/** Every version needed, fetched in one batch: each changed file before (in each parent) and after. */
function plan(commits: readonly CommitChanges[]): { slots: Slot[][]; wanted: Array<{ commit: string; path: string; top: string }> } {
  const wanted: Array<{ commit: string; path: string; top: string }> = [];
  const slots = commits.map((c) => {
    const merge = c.parents.length > 1;
    const list: Slot[] = [];
    for (const change of c.changes) {
      const kind = isRecordChange(change);
      if (!kind) continue;
      const at = (commit: string, path: string, top: string): number => wanted.push({ commit, path, top }) - 1;
      const before = merge
        ? c.parents.map((p) => at(p, change.oldPath, change.topOldPath))
        : [change.status !== 'A' && c.parents[0] ? at(c.parents[0], change.oldPath, change.topOldPath) : -1];
      const after = merge || change.status !== 'D' ? at(c.commit, change.path, change.topPath) : -1;
      list.push({ change, kind, before, after });
    }
    return list;
  });
  return { slots, wanted };
}

function directoryOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A sealed record moved to another folder (another year, or out of the record layout). */
function moved(c: CommitChanges, change: FileChange, meeting: string, sealedIn: string): Violation[] {
  if (change.status === 'D' || change.status === 'A' || directoryOf(change.oldPath) === directoryOf(change.path)) return [];
  const params = { meeting, sealedIn: short(sealedIn), from: directoryOf(change.oldPath), to: directoryOf(change.path) };
  return [
    {
      ...base(c, change.path, meeting, sealedIn),
      field: '(path)',
      kind: 'record-moved',
      before: change.oldPath,
      after: change.path,
      message: say(M, 'moved', params),
    },
  ];
}

/** Decision fields a resolution changed in the commit that issued its meeting, whose parent had the minutes as draft. */
function sealTimeChanges(
  c: CommitChanges,
  meeting: string,
  parentMeeting: Version,
  resolutions: ReadonlyArray<[FileChange, Version, Version]>,
): Violation[] {
  if (subField(parentMeeting.data, 'minutes', 'status') !== 'draft') return [];
  const out: Violation[] = [];
  for (const [change, old, now] of resolutions) {
    if (!old.data || !now.data || now.data.meeting !== meeting) continue;
    for (const f of DECISION_FIELDS) {
      if (isDeepStrictEqual(old.data[f], now.data[f])) continue;
      const params = { meeting, field: f, before: showValue(old.data[f]), after: showValue(now.data[f]) };
      out.push({
        ...base(c, change.path, meeting, c.commit),
        field: f,
        kind: 'seal-time-change',
        before: old.data[f],
        after: now.data[f],
        message: say(M, 'sealTimeChange', params),
      });
    }
  }
  return out;
}

export function auditHistory(repo: Repository, options: { since?: string } = {}): AuditResult {
  const followed: Repository = { ...repo, formerPrefixes: formerPrefixes(repo) };
  const commits = commitsTouching(followed, [folderOf('meeting'), folderOf('resolution')], { oldestFirst: true, merges: true });
  const reported = options.since !== undefined ? commitsSince(repo, options.since) : undefined;
  const { slots, wanted } = plan(commits);
  const texts = textsAt(followed, wanted);

  const sealed = new Map<string, string>(); // meeting id -> commit where its minutes were issued
  const violations: Violation[] = [];
  const notes: Violation[] = [];
  commits.forEach((c, i) => {
    const newlySealed: Array<[string, Version]> = [];
    const resolutionsHere: Array<[FileChange, Version, Version]> = [];
    const report = reported === undefined || reported.has(c.commit);
    for (const { change, kind, before, after } of slots[i]!) {
      const now = versionOf(change.path, after >= 0 ? texts[after] : undefined);
      const olds = before.map((slot) => versionOf(change.oldPath, slot >= 0 ? texts[slot] : undefined));
      const meetingOf = (old: Version): string | undefined =>
        kind === 'meeting'
          ? sealed.has(idOf(change.oldPath)) && old.text !== undefined
            ? idOf(change.oldPath)
            : undefined
          : ([old.data?.meeting, now.data?.meeting].find((m) => typeof m === 'string' && sealed.has(m)) as string | undefined);
      // Against each parent; a merge only answers for what it changes against every parent.
      const perParent = olds.map((old) => {
        const meeting = meetingOf(old);
        if (!meeting || !report) return [];
        const found =
          kind === 'meeting'
            ? meetingViolations(c, change, meeting, sealed.get(meeting)!, old, now)
            : resolutionViolations(c, change, meeting, sealed.get(meeting)!, old, now);
        return [...found, ...(now.text !== undefined ? moved(c, change, meeting, sealed.get(meeting)!) : [])];
      });
      const key = (v: Violation): string => `${v.kind} ${v.field}`;
      violations.push(...perParent[0]!.filter((v) => perParent.every((list) => list.some((w) => key(w) === key(v)))));
      if (kind === 'resolution' && olds.length === 1) resolutionsHere.push([change, olds[0]!, now]);
      if (kind === 'meeting' && subField(now.data, 'minutes', 'status') === 'issued' && !sealed.has(idOf(change.path)))
        newlySealed.push([idOf(change.path), olds[0]!]);
    }
    for (const [id, parentMeeting] of newlySealed) {
      sealed.set(id, c.commit);
      if (report) notes.push(...sealTimeChanges(c, id, parentMeeting, resolutionsHere));
    }
  });
  return { violations, notes, commits: commits.length, sealedMeetings: sealed.size };
}
