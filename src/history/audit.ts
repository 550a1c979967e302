// yishi audit: after the commit in which a meeting's minutes were issued, the meeting record and the decision
// of each of its resolutions never change, and progress, extensions, approval and superseded_by only grow
// (docs/records.md; notice 五(六), 六(二), 六(三)). Each commit is compared with its parent.
import { folderOf } from '../core/record-kinds.js';
import { isDeepStrictEqual } from 'node:util';
import type { Message } from '../core/diagnostic.js';
import { kindOfPath } from '../load/load-folder.js';
import { parseYaml } from '../load/parse-yaml.js';
import { commitsSince, commitsTouching, textsAt, type CommitChanges, type FileChange } from './commits.js';
import { appendOnlyChanges, fieldChanges, showValue, type FieldChange } from './field-changes.js';
import type { Repository } from './git.js';
import { auditSupervision } from './supervision-audit.js';

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
  | 'supervision-changed';

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
  const supervision = auditSupervision(repo, options);
  return { violations: [...violations, ...supervision.violations], commits: new Set([...commits.map((c) => c.commit), ...supervision.commits]).size, sealedMeetings: sealed.size };
}

function base(c: CommitChanges, file: string, meeting: string, sealedIn: string) {
  return { commit: c.commit, author: c.author, email: c.email, date: c.date, file, meeting, sealedIn };
}

function meetingViolations(c: CommitChanges, change: FileChange, id: string, sealedIn: string, old: Version, now: Version): Violation[] {
  const b = base(c, change.status === 'D' ? change.oldPath : change.path, id, sealedIn);
  const sealedZh = `会议“${id}”的纪要已在提交 ${short(sealedIn)} 中印发,记录自此封存`;
  const sealedEn = `The minutes of meeting "${id}" were issued in commit ${short(sealedIn)}, which sealed its record`;
  if (now.text === undefined)
    return [
      {
        ...b,
        field: '(file)',
        kind: 'meeting-removed',
        message: { zh: `${sealedZh};本提交删除了该会议记录。`, en: `${sealedEn}; this commit deletes the meeting record.` },
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
      message: { zh: `${sealedZh};本提交把它改名为“${idOf(change.path)}”。`, en: `${sealedEn}; this commit renames it to "${idOf(change.path)}".` },
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
      message: {
        zh: `${sealedZh};本提交改动了 ${ch.field}(${showValue(ch.before)} → ${showValue(ch.after)})。`,
        en: `${sealedEn}; this commit changes ${ch.field} (${showValue(ch.before)} → ${showValue(ch.after)}).`,
      },
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
  const sealedZh = `会议“${meeting}”的纪要已在提交 ${short(sealedIn)} 中印发`;
  const sealedEn = `the minutes of meeting "${meeting}" were issued in commit ${short(sealedIn)}`;
  if (old.text === undefined)
    return [
      {
        ...b,
        field: '(file)',
        kind: 'resolution-added',
        message: {
          zh: `${sealedZh},此后不能再增加议定事项;本提交新增了“${idOf(change.path)}”。`,
          en: `No resolution may be added after ${sealedEn}; this commit adds "${idOf(change.path)}".`,
        },
      },
    ];
  if (now.text === undefined)
    return [
      {
        ...b,
        field: '(file)',
        kind: 'resolution-removed',
        message: {
          zh: `${sealedZh},其议定事项不能删除;本提交删除了“${idOf(change.oldPath)}”。`,
          en: `A resolution cannot be deleted after ${sealedEn}; this commit deletes "${idOf(change.oldPath)}".`,
        },
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
      message: {
        zh: `${sealedZh},议定事项的 id 不能再改;本提交把“${idOf(change.oldPath)}”改名为“${idOf(change.path)}”。`,
        en: `A resolution's id cannot change after ${sealedEn}; this commit renames "${idOf(change.oldPath)}" to "${idOf(change.path)}".`,
      },
    });
  if (!old.data || !now.data) {
    if (old.text !== now.text)
      out.push({
        ...b,
        field: '(file)',
        kind: 'decision-changed',
        message: {
          zh: `${sealedZh};本提交中该文件有一个版本不是有效的 YAML,无法确认决定内容未被改动。`,
          en: `${cap(sealedEn)}; one version of the file in this commit is not valid YAML, so the decision cannot be shown unchanged.`,
        },
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
      message: {
        zh: `${sealedZh},决定内容不得再改;本提交改动了 ${f}(${showValue(o[f])} → ${showValue(n[f])})。`,
        en: `The decision cannot change after ${sealedEn}; this commit changes ${f} (${showValue(o[f])} → ${showValue(n[f])}).`,
      },
    });
  }
  for (const f of APPEND_ONLY_FIELDS) {
    const { removed, edited } = appendOnlyChanges(f, o[f], n[f]);
    for (const r of removed) out.push(entryRemoved(b, r, sealedZh, sealedEn));
    for (const e of edited) out.push(entryEdited(b, e, sealedZh, sealedEn));
  }
  // approval: may be added and may move from pending to a result; nothing else.
  if (o.approval !== undefined && !isDeepStrictEqual(o.approval, n.approval)) {
    if (n.approval === undefined) out.push(entryRemoved(b, { field: 'approval', before: o.approval, after: undefined }, sealedZh, sealedEn));
    else
      for (const e of fieldChanges(o.approval, n.approval, 'approval')) {
        const decided = o.approval?.status === 'pending' && (e.field === 'approval.status' || e.field === 'approval.date');
        if (!decided) out.push(entryEdited(b, e, sealedZh, sealedEn));
      }
  }
  if (o.superseded_by !== undefined && o.superseded_by !== n.superseded_by) {
    const e = { field: 'superseded_by', before: o.superseded_by, after: n.superseded_by };
    out.push(n.superseded_by === undefined ? entryRemoved(b, e, sealedZh, sealedEn) : entryEdited(b, e, sealedZh, sealedEn));
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Base = ReturnType<typeof base>;

function entryRemoved(b: Base, r: FieldChange, sealedZh: string, sealedEn: string): Violation {
  return {
    ...b,
    field: r.field,
    kind: 'entry-removed',
    before: r.before,
    message: {
      zh: `${sealedZh},落实情况、延期、报批和替代记录只能追加;本提交删除了 ${r.field}(${showValue(r.before)})。`,
      en: `After ${sealedEn}, progress, extensions, approval and superseded_by may only grow; this commit removes ${r.field} (${showValue(r.before)}).`,
    },
  };
}

function entryEdited(b: Base, e: FieldChange, sealedZh: string, sealedEn: string): Violation {
  const redated = /\.(date|due)$/.test(e.field);
  return {
    ...b,
    field: e.field,
    kind: 'entry-edited',
    before: e.before,
    after: e.after,
    message: {
      zh: `${sealedZh},已记录的条目只能追加、不能修改;本提交${redated ? '改了日期' : '改动了'} ${e.field}(${showValue(e.before)} → ${showValue(e.after)})。`,
      en: `After ${sealedEn}, recorded entries may only be appended, never edited; this commit ${redated ? 're-dates' : 'changes'} ${e.field} (${showValue(e.before)} → ${showValue(e.after)}).`,
    },
  };
}
