// yishi new resolution: an item decided at a meeting [五(四)], with the next `no` and the id
// `<meeting>-<no>`, in resolutions/<year of the meeting>/.
import { recordPathOf } from '../core/record-kinds.js';
import { yearOf } from '../model/dates.js';
import { nextResolutionNo } from '../model/next-ids.js';
import type { Records } from '../model/records.js';
import type { Change } from './change.js';
import { checkFree, checkNewId, commentLang } from './new-record.js';
import { recordText } from './record-text.js';
import { refusal, requireMeeting, requireMember, usageError } from './write-refused.js';
import { say } from '../core/messages.js';
import { RECORD_COMMENTS, REFUSED } from '../i18n/write.js';

export interface NewResolutionInput {
  meeting: string;
  text: string;
  no?: number;
  title?: string;
  lead?: string;
  due?: string;
  responsible?: string[];
  cooperating?: string[];
}

export function newResolution(records: Records, input: NewResolutionInput): Change {
  const meeting = requireMeeting(records, input.meeting, '--meeting');
  if ((input.lead === undefined) !== (input.due === undefined)) throw usageError(say(REFUSED, 'leadAndDue'));
  if (input.lead !== undefined) requireMember(records, input.lead, '--lead');
  for (const id of input.responsible ?? []) requireMember(records, id, '--responsible');
  for (const id of input.cooperating ?? []) requireMember(records, id, '--cooperating');
  if (input.due !== undefined && input.due < meeting.data.date)
    throw usageError(say(REFUSED, 'dueBeforeMeeting', { due: input.due, date: meeting.data.date }));
  if (meeting.data.minutes?.status === 'issued')
    throw refusal(say(REFUSED, 'sealed', { id: meeting.id, number: meeting.data.minutes.number ?? '' }));
  const no = input.no ?? nextResolutionNo(records, meeting.id);
  const id = checkNewId(records, 'resolution', `${meeting.id}-${no}`);
  if ([...records.resolutions.values()].some((r) => r.data.meeting === meeting.id && r.data.no === no))
    throw usageError(say(REFUSED, 'noUsed', { id: meeting.id, no }));
  const path = recordPathOf('resolution', id, yearOf(meeting.data.date));
  checkFree(records, path);
  const lang = commentLang(records);
  const list = (ids: string[] | undefined): string[] | undefined => (ids && ids.length ? ids : undefined);
  const text = recordText(path, 'resolution', [
    { key: 'meeting', value: meeting.id },
    { key: 'no', value: no, comment: say(RECORD_COMMENTS, 'numberInMinutes')[lang] },
    { key: 'title', value: input.title },
    { key: 'text', value: input.text.endsWith('\n') ? input.text : `${input.text}\n`, style: 'literal' },
    { key: 'lead', value: input.lead, comment: say(RECORD_COMMENTS, 'leadUnit')[lang] },
    { key: 'responsible', value: list(input.responsible), style: 'flow', comment: say(RECORD_COMMENTS, 'responsibleUnits')[lang] },
    { key: 'cooperating', value: list(input.cooperating), style: 'flow', comment: say(RECORD_COMMENTS, 'cooperatingUnits')[lang] },
    { key: 'due', value: input.due, comment: say(RECORD_COMMENTS, 'dueDate')[lang] },
    ...(input.lead !== undefined ? [{ note: say(RECORD_COMMENTS, 'progressHowTo')[lang] }] : []),
  ]);
  return { path, text, created: true };
}
