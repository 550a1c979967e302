// yishi issue: the minutes of a meeting are issued [五(六), 六(三)]: status, number, date, signer. From then
// on the meeting and the decisions of its resolutions are sealed: the seal written into the minutes is checked
// by yishi validate, and yishi audit checks the history.
import { sealOf } from '../check/seal/canonical.js';
import { resolutionsOf } from '../check/seal/seal-status.js';
import { nextMinutesNumber } from '../model/next-ids.js';
import type { Records } from '../model/records.js';
import type { Change } from './change.js';
import { editYaml } from './edit-yaml.js';
import { placeholderFields } from './placeholder.js';
import { refusal, requireMeeting, requireMember, usageError } from './write-refused.js';

export interface IssueInput {
  meeting: string;
  signedBy: string;
  date: string;
  number?: string;
}

export function issueMinutes(records: Records, input: IssueInput): Change {
  const rec = requireMeeting(records, input.meeting, 'meeting');
  requireMember(records, input.signedBy, '--signed-by');
  const m = rec.data;
  if (m.minutes?.status === 'issued')
    throw refusal(
      `会议“${rec.id}”的纪要已于 ${m.minutes.issued ?? '?'} 印发(${m.minutes.number ?? '无文号'}),记录已封存,不能再次印发。`,
      `The minutes of meeting "${rec.id}" were already issued on ${m.minutes.issued ?? '?'} (${m.minutes.number ?? 'no number'}); the record is sealed.`,
    );
  const unfilled = placeholderFields(m);
  if (unfilled.length > 0)
    throw refusal(
      `会议“${rec.id}”的记录还有待填写的内容:${unfilled.join('、')}。请先补齐(见文件中的 TODO),再印发纪要。`,
      `The record of meeting "${rec.id}" still has fields to fill in: ${unfilled.join(', ')}. Fill them in (see the TODOs in the file) before issuing the minutes.`,
    );
  if (input.date < m.date)
    throw refusal(
      `纪要不能在会议(${m.date})之前印发:印发日期是 ${input.date}。`,
      `Minutes cannot be issued (${input.date}) before the meeting (${m.date}).`,
    );
  const number = input.number ?? nextMinutesNumber(records, input.date);
  if (number === undefined)
    throw usageError(
      'yishi.yaml 中没有纪要编号模板(minutes_number),请用 --number 写明纪要文号。',
      'yishi.yaml has no minutes number template (minutes_number); give the number with --number.',
    );
  const clash = [...records.meetings.values()].find((o) => o.id !== rec.id && o.data.minutes?.number === number);
  if (clash)
    throw refusal(
      `文号“${number}”已用于会议“${clash.id}”的纪要。${input.number ? '' : '请检查已印发纪要的文号,或用 --number 指定。'}`,
      `The number "${number}" is already used by the minutes of meeting "${clash.id}".${input.number ? '' : ' Check the numbers of issued minutes, or give one with --number.'}`,
    );
  const minutes = { ...m.minutes, status: 'issued', number, issued: input.date, signed_by: input.signedBy };
  // The seal covers the record as it will be, with the issued minutes (docs/records.md "Seal").
  const seal = sealOf(rec.id, { ...m, minutes } as unknown as Record<string, unknown>, resolutionsOf(records));
  const text = editYaml(rec.file.text, [
    { op: 'set', path: ['minutes', 'status'], value: 'issued' },
    { op: 'set', path: ['minutes', 'number'], value: number },
    { op: 'set', path: ['minutes', 'issued'], value: input.date },
    { op: 'set', path: ['minutes', 'signed_by'], value: input.signedBy },
    { op: 'set', path: ['minutes', 'seal'], value: seal },
  ]);
  return { path: rec.file.path, text, created: false };
}
