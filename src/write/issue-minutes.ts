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
import { say } from '../core/messages.js';
import { REFUSED } from '../i18n/write.js';
import { listNames } from '../i18n/vocabulary.js';

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
      say(REFUSED, 'alreadyIssued', { id: rec.id, issued: m.minutes.issued ?? '?', number: m.minutes.number ?? say(REFUSED, 'noNumber') }),
    );
  const unfilled = placeholderFields(m);
  if (unfilled.length > 0)
    throw refusal(say(REFUSED, 'unfilled', { id: rec.id, fields: listNames(unfilled.map((f) => ({ zh: f, en: f }))) }));
  if (input.date < m.date) throw refusal(say(REFUSED, 'issuedBeforeMeeting', { date: m.date, inputDate: input.date }));
  const number = input.number ?? nextMinutesNumber(records, input.date);
  if (number === undefined) throw usageError(say(REFUSED, 'noNumberTemplate'));
  const clash = [...records.meetings.values()].find((o) => o.id !== rec.id && o.data.minutes?.number === number);
  if (clash) throw refusal(say(REFUSED, input.number ? 'numberUsed' : 'numberUsedCheck', { number, id: clash.id }));
  const minutes = { ...m.minutes, status: 'issued', number, issued: input.date, signed_by: input.signedBy };
  // The seal covers the record as it will be, with the issued minutes (docs/records.md "Seal").
  const seal = sealOf(rec.id, { ...m, minutes }, resolutionsOf(records));
  const text = editYaml(rec.file.text, [
    { op: 'set', path: ['minutes', 'status'], value: 'issued' },
    { op: 'set', path: ['minutes', 'number'], value: number },
    { op: 'set', path: ['minutes', 'issued'], value: input.date },
    { op: 'set', path: ['minutes', 'signed_by'], value: input.signedBy },
    { op: 'set', path: ['minutes', 'seal'], value: seal },
  ]);
  return { path: rec.file.path, text, created: false };
}
