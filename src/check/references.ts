// Every member, meeting and resolution id that a record names must exist.
import { didYouMean } from '../core/did-you-mean.js';
import type { Diagnostic, Message } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { CHECK } from '../i18n/check.js';
import { listNames, RECORD_KIND_TERMS } from '../i18n/vocabulary.js';
import { positionOf, type PathSegment } from '../load/source-file.js';
import type { Rec, Records } from '../model/records.js';
import type { Body, Duty, Meeting, Member, Resolution } from '../model/types.js';

type Target = 'member' | 'meeting' | 'resolution';

interface Ref {
  path: PathSegment[];
  id: string;
  target: Target;
  /** Extra ids that are valid here besides records (e.g. `office` for a convener). */
  also?: readonly string[];
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
  }
  return refs;
}

/** "Did you mean": a close id, or nothing. */
function guess(records: Records, ref: Ref): Message | '' {
  const close = didYouMean(ref.id, [...records.ids[ref.target], ...(ref.also ?? [])]);
  return close ? say(CHECK, 'didYouMean', { close }) : '';
}

export function checkReferences(records: Records): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all: Rec<unknown>[] = [
    ...(records.body ? [records.body] : []),
    ...records.members.values(),
    ...records.duties.values(),
    ...records.meetings.values(),
    ...records.resolutions.values(),
  ];
  for (const rec of all) {
    for (const ref of refsOf(rec)) {
      if (records.ids[ref.target].has(ref.id) || ref.also?.includes(ref.id)) continue;
      const missing = { kind: RECORD_KIND_TERMS[ref.target], id: ref.id, hint: guess(records, ref) };
      out.push({
        file: rec.file.path,
        ...positionOf(rec.file, ref.path),
        severity: 'error',
        rule: 'reference',
        message: ref.also
          ? say(CHECK, 'noTargetOr', { ...missing, also: listNames(ref.also.map((id) => ({ zh: id, en: id }))) })
          : say(CHECK, 'noTarget', missing),
      });
    }
  }
  return out;
}
