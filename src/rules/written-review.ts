// written-review [五(一)]: a written review is decided by the opinions of the members asked: opinions come only
// from participants, one each, dated from circulation up to today; a participant still silent after the
// deadline is a warning.
import { message } from '../core/diagnostic.js';
import { membersInOfficeOn } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import { defineRule } from './rule.js';
import { COUNT_OPTION, PeriodCounter, YEAR_NOT_COVERED } from './working-count.js';

export const rule = defineRule({
  meta: {
    id: 'written-review',
    clause: '五(一)',
    severity: 'error',
    docs: message(
      '书面审议的意见只来自被征求意见的成员,每个成员至多一份,日期在送审之日和今天之间;反馈时限已过仍未反馈的成员给出警告。',
      'Written-review opinions come only from participants, at most one each, dated between `circulated` and today; a participant with no opinion after `respond_by` is a warning.',
    ),
    options: {
      days: {
        type: 'integer',
        default: 0,
        minimum: 0,
        docs: message(
          '未写 respond_by 的书面审议,送审后多少天内反馈意见;0 表示只按 respond_by 检查。',
          'For a written review without respond_by: days after circulation within which opinions are due; 0: only respond_by counts.',
        ),
      },
      count: COUNT_OPTION,
    },
    messages: {
      yearNotCovered: YEAR_NOT_COVERED,
      notAsked: {
        zh: '{who}不在本次书面审议的征求意见范围(participants)内。若也征求了其意见,请把它加入 participants;否则删除这条意见。',
        en: '{who} was not asked for an opinion (not in participants). If it was asked, add it to participants; otherwise remove this opinion.',
      },
      notInOffice: {
        zh: '{who}在会议日期 {date} 不是在任成员,不在默认的征求意见范围内。请核对意见的成员,或用 participants 写明征求意见的成员。',
        en: '{who} was not a member in office on {date}, so it was not among those asked by default. Check the member, or list those asked in participants.',
      },
      twice: {
        zh: '{who}已在第 {first} 条反馈了意见;每个成员只反馈一份意见。如意见有修改,请合并为一条并在 note 中说明。',
        en: '{who} already gave an opinion (response {first}); each member gives one. If it changed its opinion, merge them into one and explain in note.',
      },
      beforeCirculated: {
        zh: '意见日期 {date} 早于送审日期 {circulated};材料送出之前不可能反馈意见,请核对日期。',
        en: 'The opinion is dated {date}, before the review was circulated ({circulated}); check the date.',
      },
      afterToday: {
        zh: '意见日期 {date} 晚于今天({today});只记录已经收到的意见,请核对日期。',
        en: 'The opinion is dated {date}, after today ({today}); record only opinions received, and check the date.',
      },
      noResponse: {
        zh: '{who}在反馈时限 {respondBy} 前未反馈书面意见。如已收到意见,请补记到 responses;未反馈的,请在 outcome 中如实说明。',
        en: '{who} gave no opinion by the deadline ({respondBy}). If its opinion came in, add it to responses; if not, say so in outcome.',
      },
    },
  },
  check(context) {
    const { records, today } = context;
    const period = new PeriodCounter(context);
    const days = context.options.days as number;
    for (const meeting of records.meetings.values()) {
      const m = meeting.data;
      if (m.kind !== 'written') continue;
      const listed = m.participants !== undefined;
      const participants = m.participants ?? membersInOfficeOn(records, m.date).map((r) => r.id);
      const asked = new Set(participants);
      const answered = new Map<string, number>();
      (m.responses ?? []).forEach((r, i) => {
        const at = ['responses', i];
        if (records.members.has(r.member)) {
          const who = memberLabel(records, r.member);
          if (!asked.has(r.member)) {
            context.report(meeting, [...at, 'member'], listed ? 'notAsked' : 'notInOffice', { who, date: m.date });
          }
          const first = answered.get(r.member);
          if (first !== undefined) {
            context.report(meeting, [...at, 'member'], 'twice', { who, first: first + 1 });
          } else answered.set(r.member, i);
        }
        if (m.circulated !== undefined && r.date < m.circulated) {
          context.report(meeting, [...at, 'date'], 'beforeCirculated', { date: r.date, circulated: m.circulated });
        }
        if (r.date > today) {
          context.report(meeting, [...at, 'date'], 'afterToday', { date: r.date, today });
        }
      });
      const respondBy = m.respond_by ?? (days > 0 ? period.add(m.circulated ?? m.date, days) : undefined);
      if (respondBy === undefined || !(today > respondBy)) continue;
      participants.forEach((id, i) => {
        if (answered.has(id) || !records.members.has(id)) return;
        const who = memberLabel(records, id);
        const at = listed ? ['participants', i] : m.respond_by !== undefined ? ['respond_by'] : [];
        context.report(meeting, at, 'noResponse', { who, respondBy }, { severity: 'warning' });
      });
    }
    period.warnUncovered('written-review');
  },
});
