// minutes-issued [五(六)]: after a meeting, its decisions are set out in minutes. A held meeting has issued
// minutes within `days` days; issued minutes have a number, an issue date not before the meeting, and a signer.
import { message } from '../core/diagnostic.js';
import { listNames } from '../i18n/vocabulary.js';
import { meetingKindName } from '../model/meeting-kind-name.js';
import { isHeld } from '../model/plenary-years.js';
import { meetingsInOrder } from '../model/records.js';
import { defineRule } from './rule.js';
import { COUNT_OPTION, PeriodCounter, YEAR_NOT_COVERED } from './working-count.js';
import { DEFAULT_MINUTES_DAYS } from '../model/supervision-settings.js';

export const rule = defineRule({
  meta: {
    id: 'minutes-issued',
    clause: '五(六)',
    severity: 'error',
    docs: message(
      '会议召开后按期印发会议纪要(默认会后15日内);印发的纪要有文号、不早于会议的印发日期和签发人。',
      'A held meeting has its minutes issued within `days` days (15 by default); issued minutes have a number, an issue date not before the meeting, and a signer.',
    ),
    options: {
      days: {
        type: 'integer',
        default: DEFAULT_MINUTES_DAYS,
        minimum: 0,
        docs: message('会后多少天内须印发会议纪要。', 'Days after the meeting within which its minutes are issued.'),
      },
      count: COUNT_OPTION,
    },
    messages: {
      yearNotCovered: YEAR_NOT_COVERED,
      notIssued: {
        zh: '这次{kind}已于 {date} 召开,{since}过去了,会议纪要还没有印发(本领导小组要求会后 {days}内印发,最迟 {by})。会后以会议纪要明确议定事项;纪要印发后,请写 status: issued,并填写文号(number)、印发日期(issued)和签发人(signed_by)。',
        en: 'This {kind} met on {date}, {since} ago, and its minutes are not issued yet (the body issues minutes within {days}, by {by} at the latest). The decisions of a meeting are set out in minutes: once they are issued, write status: issued with number, issued and signed_by.',
      },
      incomplete: {
        zh: '会议纪要标为已印发(issued),但缺少{missing};请按印发的纪要补齐。',
        en: 'The minutes are marked issued but lack {missing}; fill them in from the issued minutes.',
      },
      numberUsed: {
        zh: '纪要文号“{number}”已用于会议 {first};每份纪要的文号不能重复,请核对。',
        en: 'The minutes number "{number}" is already used by meeting {first}; every set of minutes has its own number. Check it.',
      },
      beforeMeeting: {
        zh: '纪要印发日期 {issued} 早于会议日期 {date};纪要只能在会后印发,请核对日期。',
        en: 'The minutes are dated {issued}, before the meeting on {date}; minutes are issued after the meeting. Check the date.',
      },
      issuedLate: {
        zh: '会议纪要在会后第 {after}({issued})才印发,超过了会后 {days}内印发的要求(最迟 {by})。已印发的纪要无需修改,今后请按期印发。',
        en: 'The minutes were issued {after} after the meeting ({issued}), later than the {days} the body allows (by {by} at the latest). Nothing to change here; issue future minutes in time.',
      },
    },
  },
  check(context) {
    const { records, today } = context;
    const days = context.options.days as number;
    const period = new PeriodCounter(context);
    const daysBetween = (from: string, to: string): number => period.between(from, to);
    const addDays = (from: string, n: number): string => period.add(from, n);
    const numbers = new Map<string, string>(); // minutes number -> id of the first meeting with it

    for (const meeting of meetingsInOrder(records)) {
      const m = meeting.data;
      const minutes = m.minutes;
      const kind = meetingKindName(m.kind);

      if (minutes?.status !== 'issued') {
        if (!isHeld(m, today)) continue;
        const since = daysBetween(m.date, today);
        if (since <= days) continue;
        context.report(meeting, minutes ? ['minutes', 'status'] : [], 'notIssued', {
          kind,
          date: m.date,
          since: period.words(since),
          days: period.words(days),
          by: addDays(m.date, days),
        });
        continue;
      }

      const missing: Array<{ zh: string; en: string }> = [];
      if (minutes.number === undefined) missing.push({ zh: '文号(number)', en: 'number' });
      if (minutes.issued === undefined) missing.push({ zh: '印发日期(issued)', en: 'issued (the date of issue)' });
      if (minutes.signed_by === undefined) missing.push({ zh: '签发人(signed_by)', en: 'signed_by (who signed them)' });
      if (missing.length > 0) {
        context.report(meeting, ['minutes', 'status'], 'incomplete', {
          missing: listNames(missing),
        });
      }

      if (minutes.number !== undefined) {
        const first = numbers.get(minutes.number);
        if (first === undefined) numbers.set(minutes.number, meeting.id);
        else context.report(meeting, ['minutes', 'number'], 'numberUsed', { number: minutes.number, first });
      }

      if (minutes.issued === undefined) continue;
      if (minutes.issued < m.date) {
        context.report(meeting, ['minutes', 'issued'], 'beforeMeeting', { issued: minutes.issued, date: m.date });
      } else if (daysBetween(m.date, minutes.issued) > days) {
        context.report(
          meeting,
          ['minutes', 'issued'],
          'issuedLate',
          {
            after: period.words(daysBetween(m.date, minutes.issued)),
            issued: minutes.issued,
            days: period.words(days),
            by: addDays(m.date, days),
          },
          { severity: 'warning' },
        );
      }
    }
    period.warnUncovered('minutes-issued');
  },
});
