// extensions: a deadline is extended only by a later meeting of the body, asked for before the deadline runs
// out, and each extension moves the due date later.
import { message } from '../core/diagnostic.js';
import { defineRule } from './rule.js';

export const rule = defineRule({
  meta: {
    id: 'extensions',
    clause: '',
    severity: 'error',
    docs: message(
      '延期须由议定该事项之后、已召开的会议同意,且在原落实时限到期前提出(到期后才同意的为警告);每次延期后的时限都晚于前一个时限。',
      'An extension is granted by a meeting held after the decision and on or before the due date it extends (a warning when granted after it); each new due date is later than the one before.',
    ),
    messages: {
      noDue: {
        zh: '该事项没有落实时限(due),无从延期。请先写明会议议定的落实时限,或删除 extensions。',
        en: 'This resolution has no due date, so there is nothing to extend. Write the due date the meeting set, or remove `extensions`.',
      },
      notAfterDecision: {
        zh: '同意延期的会议“{id}”({date})不晚于议定该事项的会议({decidedDate});延期只能由之后召开的会议同意,请核对 granted_by。',
        en: 'The meeting that granted the extension, "{id}" ({date}), is not after the meeting that decided the item ({decidedDate}); only a later meeting can extend it. Check granted_by.',
      },
      notHeldYet: {
        zh: '会议“{id}”定于 {date} 召开,尚未召开(今天是 {today}),还不能同意延期;会议同意后再记录这次延期。',
        en: 'The meeting "{id}" is on {date}, after today ({today}), so it has not granted anything yet; record the extension once it has.',
      },
      grantedLate: {
        zh: '延期由 {date} 的会议“{id}”同意,晚于被延长的落实时限 {previous}:延期应在时限到期前提请领导小组同意。请牵头单位今后提前申请延期。',
        en: 'The extension was granted on {date} by "{id}", after the due date it extends ({previous}): an extension should be asked for before the deadline. The lead unit should ask earlier next time.',
      },
      notLaterThanDue: {
        zh: '延期后的时限 {due} 应晚于原落实时限 {previous};请核对日期。',
        en: 'The extended due date {due} must be later than the original due date {previous}; check the date.',
      },
      notLaterThanExtension: {
        zh: '延期后的时限 {due} 应晚于上一次延期后的时限 {previous};请核对日期。',
        en: 'The extended due date {due} must be later than the previous extended due date {previous}; check the date.',
      },
    },
  },
  check(context) {
    const { records, today } = context;
    for (const res of records.resolutions.values()) {
      const extensions = res.data.extensions ?? [];
      if (extensions.length === 0) continue;
      const decided = records.meetings.get(res.data.meeting)?.data;
      if (res.data.due === undefined) {
        context.report(res, ['extensions'], 'noDue', { on: 'key' });
      }
      let previous = res.data.due;
      extensions.forEach((ext, i) => {
        const at = ['extensions', i];
        const granting = records.meetings.get(ext.granted_by);
        if (granting) {
          const g = granting.data;
          if (decided && g.date <= decided.date) {
            context.report(res, [...at, 'granted_by'], 'notAfterDecision', { id: granting.id, date: g.date, decidedDate: decided.date });
          } else if (g.date > today) {
            context.report(res, [...at, 'granted_by'], 'notHeldYet', { id: granting.id, date: g.date, today });
          } else if (previous !== undefined && g.date > previous) {
            context.report(res, [...at, 'granted_by'], 'grantedLate', { date: g.date, id: granting.id, previous }, { severity: 'warning' });
          }
        }
        if (previous !== undefined && ext.due <= previous) {
          context.report(res, [...at, 'due'], i === 0 ? 'notLaterThanDue' : 'notLaterThanExtension', { due: ext.due, previous });
        }
        previous = ext.due;
      });
    }
  },
});
