// minutes-issued [五(六)]: after a meeting, its decisions are set out in minutes. A held meeting has issued
// minutes within `days` days; issued minutes have a number, an issue date not before the meeting, and a signer.
import { message } from '../core/diagnostic.js';
import { meetingKindName } from '../model/meeting-kind-name.js';
import { isHeld } from '../model/plenary-years.js';
import { meetingsInOrder } from '../model/records.js';
import type { Rule } from './rule.js';
import { COUNT_OPTION, PeriodCounter } from './working-count.js';
import { DEFAULT_MINUTES_DAYS } from '../model/supervision-settings.js';

export const rule: Rule = {
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
  },
  check(context) {
    const { records, today } = context;
    const days = context.options.days as number;
    const period = new PeriodCounter(context);
    const daysBetween = (from: string, to: string): number => period.between(from, to);
    const addDays = (from: string, n: number): string => period.add(from, n);
    const zhDays = (n: number): string => period.words(n).zh;
    const daysEn = (n: number): string => period.words(n).en;
    const numbers = new Map<string, string>(); // minutes number -> id of the first meeting with it

    for (const meeting of meetingsInOrder(records)) {
      const m = meeting.data;
      const minutes = m.minutes;
      const kind = meetingKindName(m.kind);

      if (minutes?.status !== 'issued') {
        if (!isHeld(m, today)) continue;
        const since = daysBetween(m.date, today);
        if (since <= days) continue;
        context.report(
          meeting,
          minutes ? ['minutes', 'status'] : [],
          message(
            `这次${kind.zh}已于 ${m.date} 召开,${zhDays(since)}过去了,会议纪要还没有印发(本领导小组要求会后 ${zhDays(days)}内印发,最迟 ${addDays(m.date, days)})。依据通知五(六),会后以会议纪要明确议定事项;纪要印发后,请写 status: issued,并填写文号(number)、印发日期(issued)和签发人(signed_by)。`,
            `This ${kind.en} met on ${m.date}, ${daysEn(since)} ago, and its minutes are not issued yet (the body issues minutes within ${daysEn(days)}, by ${addDays(m.date, days)} at the latest). Under the notice, 五(六), the decisions of a meeting are set out in minutes: once they are issued, write status: issued with number, issued and signed_by.`,
          ),
        );
        continue;
      }

      const missing: Array<{ zh: string; en: string }> = [];
      if (minutes.number === undefined) missing.push({ zh: '文号(number)', en: 'number' });
      if (minutes.issued === undefined) missing.push({ zh: '印发日期(issued)', en: 'issued (the date of issue)' });
      if (minutes.signed_by === undefined) missing.push({ zh: '签发人(signed_by)', en: 'signed_by (who signed them)' });
      if (missing.length > 0) {
        context.report(
          meeting,
          ['minutes', 'status'],
          message(
            `会议纪要标为已印发(issued),但缺少${missing.map((f) => f.zh).join('、')};请按印发的纪要补齐。`,
            `The minutes are marked issued but lack ${missing.map((f) => f.en).join(', ')}; fill them in from the issued minutes.`,
          ),
        );
      }

      if (minutes.number !== undefined) {
        const first = numbers.get(minutes.number);
        if (first === undefined) numbers.set(minutes.number, meeting.id);
        else
          context.report(
            meeting,
            ['minutes', 'number'],
            message(
              `纪要文号“${minutes.number}”已用于会议 ${first};每份纪要的文号不能重复,请核对。`,
              `The minutes number "${minutes.number}" is already used by meeting ${first}; every set of minutes has its own number. Check it.`,
            ),
          );
      }

      if (minutes.issued === undefined) continue;
      if (minutes.issued < m.date) {
        context.report(
          meeting,
          ['minutes', 'issued'],
          message(
            `纪要印发日期 ${minutes.issued} 早于会议日期 ${m.date};纪要只能在会后印发,请核对日期。`,
            `The minutes are dated ${minutes.issued}, before the meeting on ${m.date}; minutes are issued after the meeting. Check the date.`,
          ),
        );
      } else if (daysBetween(m.date, minutes.issued) > days) {
        context.report(
          meeting,
          ['minutes', 'issued'],
          message(
            `会议纪要在会后第 ${zhDays(daysBetween(m.date, minutes.issued))}(${minutes.issued})才印发,超过了会后 ${zhDays(days)}内印发的要求(最迟 ${addDays(m.date, days)})。已印发的纪要无需修改,今后请按期印发。`,
            `The minutes were issued ${daysEn(daysBetween(m.date, minutes.issued))} after the meeting (${minutes.issued}), later than the ${daysEn(days)} the body allows (by ${addDays(m.date, days)} at the latest). Nothing to change here; issue future minutes in time.`,
          ),
          { severity: 'warning' },
        );
      }
    }
    period.warnUncovered('minutes-issued');
  },
};
