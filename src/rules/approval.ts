// approval [六(一)]: a decision submitted upward for approval: once approved or rejected, the reply has a date,
// and no date of the approval comes before the meeting that decided the item.
import { message } from '../core/diagnostic.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  meta: {
    id: 'approval',
    clause: '六(一)',
    severity: 'error',
    docs: message(
      '报批结果为已批准或未批准的,写明批复日期;报批日期不早于议定该事项的会议,批复日期不晚于今天。',
      'An approved or rejected approval has a date, not after today; no approval date is before the meeting that decided the item.',
    ),
  },
  check(context) {
    const { records, today } = context;
    for (const res of records.resolutions.values()) {
      const approval = res.data.approval;
      if (!approval) continue;
      const decided = approval.status !== 'pending';
      const zhStatus = approval.status === 'approved' ? '已批准' : '未批准';
      if (decided && approval.date === undefined) {
        context.report(
          res,
          ['approval', 'status'],
          message(
            `报批状态为“${zhStatus}”(${approval.status}),但没有写批复日期;请在 approval 下补写 date(${approval.to}作出批复的日期)[六(一)]。`,
            `The approval is ${approval.status} but has no date; add approval.date, the day ${approval.to} decided [六(一)].`,
          ),
        );
        continue;
      }
      if (approval.date === undefined) continue;
      const meetingDate = records.meetings.get(res.data.meeting)?.data.date;
      if (meetingDate !== undefined && approval.date < meetingDate) {
        context.report(
          res,
          ['approval', 'date'],
          message(
            `报批日期 ${approval.date} 早于议定该事项的会议日期 ${meetingDate};会议议定之后才能提交批准,请核对日期 [六(一)]。`,
            `The approval date ${approval.date} is before the meeting that decided the item (${meetingDate}); a decision is submitted for approval only after the meeting. Check the date [六(一)].`,
          ),
        );
      } else if (decided && approval.date > today) {
        context.report(
          res,
          ['approval', 'date'],
          message(
            `批复日期 ${approval.date} 晚于今天(${today});尚未批复的,请把 status 写为 pending [六(一)]。`,
            `The approval was ${approval.status} on ${approval.date}, after today (${today}); until the reply comes, status is pending [六(一)].`,
          ),
        );
      }
    }
  },
};
