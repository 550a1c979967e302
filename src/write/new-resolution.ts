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
  if ((input.lead === undefined) !== (input.due === undefined))
    throw usageError(
      '需要落实的事项要同时写明牵头单位(--lead)和落实时限(--due);无需落实的决定两者都不写。',
      'A task needs both a lead (--lead) and a due date (--due); a decision without follow-up has neither.',
    );
  if (input.lead !== undefined) requireMember(records, input.lead, '--lead');
  for (const id of input.responsible ?? []) requireMember(records, id, '--responsible');
  for (const id of input.cooperating ?? []) requireMember(records, id, '--cooperating');
  if (input.due !== undefined && input.due < meeting.data.date)
    throw usageError(`--due ${input.due} 早于会议日期 ${meeting.data.date}。`, `--due ${input.due} is before the meeting (${meeting.data.date}).`);
  if (meeting.data.minutes?.status === 'issued')
    throw refusal(
      `会议“${meeting.id}”的纪要已印发(${meeting.data.minutes.number ?? ''}),记录已封存,不能再增加议定事项。新的决定请记入以后的会议。`,
      `The minutes of meeting "${meeting.id}" are issued (${meeting.data.minutes.number ?? ''}); the record is sealed and takes no new resolution. Record a new decision at a later meeting.`,
    );
  const no = input.no ?? nextResolutionNo(records, meeting.id);
  const id = checkNewId(records, 'resolution', `${meeting.id}-${no}`);
  if ([...records.resolutions.values()].some((r) => r.data.meeting === meeting.id && r.data.no === no))
    throw usageError(`会议“${meeting.id}”已有第 ${no} 项议定事项。`, `Meeting "${meeting.id}" already has a resolution no ${no}.`);
  const path = recordPathOf('resolution', id, yearOf(meeting.data.date));
  checkFree(records, path);
  const zh = commentLang(records) === 'zh';
  const list = (ids: string[] | undefined): string[] | undefined => (ids && ids.length ? ids : undefined);
  const text = recordText(path, 'resolution', [
    { key: 'meeting', value: meeting.id },
    { key: 'no', value: no, comment: zh ? '在会议纪要中的序号' : 'its number in the minutes' },
    { key: 'title', value: input.title },
    { key: 'text', value: input.text.endsWith('\n') ? input.text : `${input.text}\n`, style: 'literal' },
    { key: 'lead', value: input.lead, comment: zh ? '牵头单位' : 'lead unit' },
    { key: 'responsible', value: list(input.responsible), style: 'flow', comment: zh ? '责任单位' : 'responsible units' },
    { key: 'cooperating', value: list(input.cooperating), style: 'flow', comment: zh ? '配合单位' : 'cooperating units' },
    { key: 'due', value: input.due, comment: zh ? '落实时限' : 'due date' },
    ...(input.lead !== undefined
      ? [{ note: zh ? '落实情况用 yishi progress 追加,延期用 yishi extend 追加' : 'progress is added with yishi progress, extensions with yishi extend' }]
      : []),
  ]);
  return { path, text, created: true };
}
