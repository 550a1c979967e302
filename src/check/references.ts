// Every member, meeting and resolution id that a record names must exist.
import { didYouMean } from '../core/did-you-mean.js';
import { message, type Diagnostic } from '../core/diagnostic.js';
import { positionOf, type PathSegment } from '../load/source-file.js';
import type { Rec, Records } from '../model/records.js';
import type { Body, Duty, Meeting, Member, Resolution } from '../model/types.js';
import { supervisionRefs } from './supervision-references.js';

export type Target = 'member' | 'meeting' | 'resolution';

const TARGET_NAMES: Record<Target, [string, string]> = {
  member: ['成员', 'member'],
  meeting: ['会议', 'meeting'],
  resolution: ['议定事项', 'resolution'],
};

export interface Ref {
  path: PathSegment[];
  id: string;
  target: Target;
  /** Extra ids that are valid here besides records (e.g. `office` for a convener). */
  also?: readonly string[];
  /** A second kind of record that may be named here (a supervision item: a task, or a meeting). */
  orTarget?: Target;
}

const DUTY_HOLDERS = ['group', 'office', 'townships'] as const;

function refsOf(rec: Rec<unknown>): Ref[] {
  const refs: Ref[] = [];
  const add = (path: PathSegment[], id: string | undefined, target: Target, also?: readonly string[]): void => {
    if (id !== undefined) refs.push({ path, id, target, also });
  };
  const list = (key: string, ids: readonly string[] | undefined, target: Target): void => {
    (ids ?? []).forEach((id, i) => add([key, i], id, target));
  };
  switch (rec.kind) {
    case 'body':
      add(['office', 'host'], (rec.data as Body).office.host, 'member');
      break;
    case 'member':
      add(['successor'], (rec.data as Member).successor, 'member');
      break;
    case 'duty':
      add(['holder'], (rec.data as Duty).holder, 'member', DUTY_HOLDERS);
      break;
    case 'meeting': {
      const m = rec.data as Meeting;
      add(['convener'], m.convener, 'member', ['office']);
      add(['chair'], m.chair, 'member', ['office']);
      (m.topics ?? []).forEach((t, i) => {
        add(['topics', i, 'proposed_by'], t.proposed_by, 'member');
        add(['topics', i, 'approved_by'], t.approved_by, 'member');
      });
      (m.attendees ?? []).forEach((a, i) =>
        typeof a === 'string' ? add(['attendees', i], a, 'member') : add(['attendees', i, 'member'], a.member, 'member'),
      );
      (m.absent ?? []).forEach((a, i) => add(['absent', i, 'member'], a.member, 'member'));
      add(['minutes', 'signed_by'], m.minutes?.signed_by, 'member');
      list('participants', m.participants, 'member');
      (m.responses ?? []).forEach((r, i) => add(['responses', i, 'member'], r.member, 'member'));
      break;
    }
    case 'resolution': {
      const r = rec.data as Resolution;
      add(['meeting'], r.meeting, 'meeting');
      add(['lead'], r.lead, 'member');
      list('responsible', r.responsible, 'member');
      list('cooperating', r.cooperating, 'member');
      (r.extensions ?? []).forEach((e, i) => add(['extensions', i, 'granted_by'], e.granted_by, 'meeting'));
      add(['superseded_by'], r.superseded_by, 'resolution');
      (r.progress ?? []).forEach((p, i) => add(['progress', i, 'by'], p.by, 'member'));
      break;
    }
    case 'supervision':
      refs.push(...supervisionRefs(rec));
      break;
  }
  return refs;
}

/** "Did you mean": a close id. */
function guess(records: Records, ref: Ref): { zh: string; en: string } | undefined {
  const close = didYouMean(ref.id, [...records.ids[ref.target], ...(ref.also ?? [])]);
  return close ? { zh: `你是不是想写“${close}”?`, en: `Did you mean "${close}"?` } : undefined;
}

export function checkReferences(records: Records): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all: Rec<unknown>[] = [
    ...(records.body ? [records.body] : []),
    ...records.members.values(),
    ...records.duties.values(),
    ...records.meetings.values(),
    ...records.resolutions.values(),
    ...records.supervisions.values(),
  ];
  for (const rec of all) {
    for (const ref of refsOf(rec)) {
      if (records.ids[ref.target].has(ref.id) || ref.also?.includes(ref.id)) continue;
      if (ref.orTarget && records.ids[ref.orTarget].has(ref.id)) continue;
      const [zhName, enName] = TARGET_NAMES[ref.target];
      const hint = guess(records, ref);
      const alsoZh = ref.also ? `(或 ${ref.also.join('、')})` : '';
      const alsoEn = ref.also ? ` (or ${ref.also.join(', ')})` : '';
      out.push({
        file: rec.file.path,
        ...positionOf(rec.file, ref.path),
        severity: 'error',
        rule: 'reference',
        message: message(
          `找不到${zhName}“${ref.id}”${alsoZh}。${hint?.zh ?? ''}`,
          `No ${enName} "${ref.id}"${alsoEn}.${hint ? ' ' + hint.en : ''}`,
        ),
      });
    }
  }
  return out;
}
