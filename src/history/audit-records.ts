// What one commit did to a sealed record: the meeting record itself, or a resolution's decision and the
// lists that may only grow. Split from audit.ts, which walks the history.
import { isDeepStrictEqual } from 'node:util';
import { SEAL_PATTERN } from '../check/seal/canonical.js';
import type { CommitChanges, FileChange } from './commits.js';
import { appendOnlyChanges, fieldChanges, showValue, type FieldChange } from './field-changes.js';
import {
  APPEND_ONLY_FIELDS,
  DECISION_FIELDS,
  idOf,
  short,
  subField,
  type RecordData,
  type Version,
  type Violation,
} from './audit-types.js';

export function base(c: CommitChanges, file: string, meeting: string, sealedIn: string) {
  return { commit: c.commit, author: c.author, email: c.email, date: c.date, file, meeting, sealedIn };
}

export function meetingViolations(
  c: CommitChanges,
  change: FileChange,
  id: string,
  sealedIn: string,
  old: Version,
  now: Version,
): Violation[] {
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
      message: {
        zh: `${sealedZh};本提交把它改名为“${idOf(change.path)}”。`,
        en: `${sealedEn}; this commit renames it to "${idOf(change.path)}".`,
      },
    });
  const changes: FieldChange[] = (
    old.data && now.data
      ? fieldChanges(old.data, now.data)
      : old.text !== now.text
        ? [{ field: '(file)', before: undefined, after: undefined }]
        : []
  ).filter((ch) => !isSealAdded(ch));
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

export function resolutionViolations(
  c: CommitChanges,
  change: FileChange,
  meeting: string,
  sealedIn: string,
  old: Version,
  now: Version,
): Violation[] {
  const b = base(c, change.status === 'D' ? change.oldPath : change.path, meeting, sealedIn);
  const sealed: Sealed = {
    b,
    zh: `会议“${meeting}”的纪要已在提交 ${short(sealedIn)} 中印发`,
    en: `the minutes of meeting "${meeting}" were issued in commit ${short(sealedIn)}`,
  };
  if (old.text === undefined || now.text === undefined) return [addedOrRemoved(sealed, change, old.text === undefined)];
  const out: Violation[] = [];
  if (idOf(change.path) !== idOf(change.oldPath))
    out.push({
      ...b,
      field: '(id)',
      kind: 'decision-changed',
      before: idOf(change.oldPath),
      after: idOf(change.path),
      message: {
        zh: `${sealed.zh},议定事项的 id 不能再改;本提交把“${idOf(change.oldPath)}”改名为“${idOf(change.path)}”。`,
        en: `A resolution's id cannot change after ${sealed.en}; this commit renames "${idOf(change.oldPath)}" to "${idOf(change.path)}".`,
      },
    });
  if (!old.data || !now.data) {
    if (old.text !== now.text)
      out.push({
        ...b,
        field: '(file)',
        kind: 'decision-changed',
        message: {
          zh: `${sealed.zh};本提交中该文件有一个版本不是有效的 YAML,无法确认决定内容未被改动。`,
          en: `${cap(sealed.en)}; one version of the file in this commit is not valid YAML, so the decision cannot be shown unchanged.`,
        },
      });
    return out;
  }
  return [...out, ...decisionChanges(sealed, old.data, now.data), ...appendOnlyViolations(sealed, old.data, now.data)];
}

/** Who sealed a resolution, said once for every finding about it: the finding's base and the opening clause. */
interface Sealed {
  b: Base;
  zh: string;
  en: string;
}

/** A resolution added to, or deleted from, a meeting whose minutes are issued. */
function addedOrRemoved({ b, zh, en }: Sealed, change: FileChange, added: boolean): Violation {
  if (added)
    return {
      ...b,
      field: '(file)',
      kind: 'resolution-added',
      message: {
        zh: `${zh},此后不能再增加议定事项;本提交新增了“${idOf(change.path)}”。`,
        en: `No resolution may be added after ${en}; this commit adds "${idOf(change.path)}".`,
      },
    };
  return {
    ...b,
    field: '(file)',
    kind: 'resolution-removed',
    message: {
      zh: `${zh},其议定事项不能删除;本提交删除了“${idOf(change.oldPath)}”。`,
      en: `A resolution cannot be deleted after ${en}; this commit deletes "${idOf(change.oldPath)}".`,
    },
  };
}

/** The fields of the decision itself, which never change once sealed. */
function decisionChanges({ b, zh, en }: Sealed, o: RecordData, n: RecordData): Violation[] {
  const out: Violation[] = [];
  for (const f of DECISION_FIELDS) {
    if (isDeepStrictEqual(o[f], n[f])) continue;
    out.push({
      ...b,
      field: f,
      kind: 'decision-changed',
      before: o[f],
      after: n[f],
      message: {
        zh: `${zh},决定内容不得再改;本提交改动了 ${f}(${showValue(o[f])} → ${showValue(n[f])})。`,
        en: `The decision cannot change after ${en}; this commit changes ${f} (${showValue(o[f])} → ${showValue(n[f])}).`,
      },
    });
  }
  return out;
}

/** Progress, extensions, approval and superseded_by: they may grow, never be edited or removed. */
function appendOnlyViolations({ b, zh, en }: Sealed, o: RecordData, n: RecordData): Violation[] {
  const out: Violation[] = [];
  for (const f of APPEND_ONLY_FIELDS) {
    const { removed, edited } = appendOnlyChanges(f, o[f], n[f]);
    for (const r of removed) out.push(entryRemoved(b, r, zh, en));
    for (const e of edited) out.push(entryEdited(b, e, zh, en));
  }
  // approval: may be added and may move from pending to a result; nothing else.
  if (o.approval !== undefined && !isDeepStrictEqual(o.approval, n.approval)) {
    if (n.approval === undefined) out.push(entryRemoved(b, { field: 'approval', before: o.approval, after: undefined }, zh, en));
    else
      for (const e of fieldChanges(o.approval, n.approval, 'approval')) {
        const decided = subField(o, 'approval', 'status') === 'pending' && (e.field === 'approval.status' || e.field === 'approval.date');
        if (!decided) out.push(entryEdited(b, e, zh, en));
      }
  }
  if (o.superseded_by !== undefined && o.superseded_by !== n.superseded_by) {
    const e: FieldChange = { field: 'superseded_by', before: o.superseded_by, after: n.superseded_by };
    out.push(n.superseded_by === undefined ? entryRemoved(b, e, zh, en) : entryEdited(b, e, zh, en));
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export type Base = ReturnType<typeof base>;

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

/** `yishi seal` adds a seal to minutes issued before seals existed: once, from none to a well-formed one. */
function isSealAdded(ch: FieldChange): boolean {
  return ch.field === 'minutes.seal' && ch.before === undefined && typeof ch.after === 'string' && SEAL_PATTERN.test(ch.after);
}
