// approval [六(一)]: a decision submitted upward for approval: once approved or rejected, the reply has a date,
// and no date of the approval comes before the meeting that decided the item.
import { message } from '../core/diagnostic.js';
import { APPROVAL_TERMS } from '../i18n/vocabulary.js';
import { defineRule } from './rule.js';

export const rule = defineRule({
  meta: {
    id: 'approval',
    clause: '六(一)',
    severity: 'error',
    docs: message(
      '报批结果为已批准或未批准的,写明批复日期;报批日期不早于议定该事项的会议,批复日期不晚于今天。',
      'An approved or rejected approval has a date, not after today; no approval date is before the meeting that decided the item.',
    ),
    messages: {
      noDate: {
        zh: '报批状态为“{state}”({status}),但没有写批复日期;请在 approval 下补写 date({to}作出批复的日期)。',
        en: 'The approval is {state} (status: {status}) but has no date; add approval.date, the day {to} decided.',
      },
      beforeMeeting: {
        zh: '报批日期 {date} 早于议定该事项的会议日期 {meetingDate};会议议定之后才能提交批准,请核对日期。',
        en: 'The approval date {date} is before the meeting that decided the item ({meetingDate}); a decision is submitted for approval only after the meeting. Check the date.',
      },
      afterToday: {
        zh: '批复日期 {date} 晚于今天({today});尚未批复的,请把 status 写为 pending。',
        en: 'The approval is dated {date}, after today ({today}); until the reply comes, status is pending.',
      },
    },
  },
  check(context) {
    const { records, today } = context;
    for (const res of records.resolutions.values()) {
      const approval = res.data.approval;
      if (!approval) continue;
      const decided = approval.status !== 'pending';
      if (decided && approval.date === undefined) {
        const state = APPROVAL_TERMS[approval.status];
        context.report(res, ['approval', 'status'], 'noDate', { state, status: approval.status, to: approval.to });
        continue;
      }
      if (approval.date === undefined) continue;
      const meetingDate = records.meetings.get(res.data.meeting)?.data.date;
      if (meetingDate !== undefined && approval.date < meetingDate) {
        context.report(res, ['approval', 'date'], 'beforeMeeting', { date: approval.date, meetingDate });
      } else if (decided && approval.date > today) {
        context.report(res, ['approval', 'date'], 'afterToday', { date: approval.date, today });
      }
    }
  },
});
