// progress-log [五(五)]: the follow-up log of a resolution is a true log: in date order, from the meeting up to
// today, reported by a member of the body, nothing after `done`, and a blocked entry says what the difficulty is.
import { message } from '../core/diagnostic.js';
import { inOfficeOn, joinedOf } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import { defineRule } from './rule.js';

export const rule = defineRule({
  meta: {
    id: 'progress-log',
    clause: '五(五)',
    severity: 'error',
    docs: message(
      '落实情况按日期先后记录,不早于会议、不晚于今天;报告单位是当时的成员;“已办结”之后不再追加;“落实受阻”须写明困难。',
      'Progress entries are in date order, not before the meeting and not after today; `by` was a member on that date; nothing follows `done`; a `blocked` entry says what the difficulty is.',
    ),
    messages: {
      doneThenMore: {
        zh: '第 {entry} 条落实情况已报告“已办结”(done,{date}),之后不应再追加记录:请删去这条新记录。落实情况只增不改(yishi audit 会核查),不要改动那条 done;如果任务实际并未完成,或有新的工作要求,请提请领导小组会议另行议定新的事项。',
        en: 'Entry {entry} already reported the task done ({date}); nothing should follow it: remove this new entry. Progress is only ever appended (yishi audit checks it), so leave the done entry as it is; if the task was not in fact done, or there is new work, a meeting decides a new resolution.',
      },
      notInOrder: {
        zh: '落实情况应按时间先后记录:本条日期 {date} 早于上一条的 {previousDate}。新的记录请追加在末尾,并核对日期。',
        en: 'Progress entries go oldest first: {date} is before the entry above it ({previousDate}). Append new entries at the end and check the date.',
      },
      beforeMeeting: {
        zh: '落实情况日期 {date} 早于议定该事项的会议日期 {meetingDate};会议议定之前不可能有落实情况,请核对日期。',
        en: 'The progress date {date} is before the meeting that decided the item ({meetingDate}); check the date.',
      },
      afterToday: {
        zh: '落实情况日期 {date} 晚于今天({today});只记录已经发生的落实情况,请核对日期。',
        en: 'The progress date {date} is after today ({today}); record only what has happened, and check the date.',
      },
      reporterNotYet: {
        zh: '{who}在 {date} 不是领导小组成员(该席位自 {joined} 起);请写当时负责报告的成员单位,席位撤销后由接替单位报告。',
        en: '{who} was not a member of the body on {date} (the seat ran from {joined}); write the member that reported then (after a seat ended, its successor reports).',
      },
      reporterEnded: {
        zh: '{who}在 {date} 不是领导小组成员(该席位自 {joined} 起,{left} 撤销);请写当时负责报告的成员单位,席位撤销后由接替单位报告。',
        en: '{who} was not a member of the body on {date} (the seat ran from {joined} until it ended on {left}); write the member that reported then (after a seat ended, its successor reports).',
      },
      blockedWithoutNote: {
        zh: '“落实受阻”(blocked)的记录须在 note 中写明遇到的困难和需要领导小组协调的事项。',
        en: 'A `blocked` entry must say in `note` what the difficulty is and what the body is asked to do about it.',
      },
    },
  },
  check(context) {
    const { records, today } = context;
    for (const res of records.resolutions.values()) {
      const progress = res.data.progress ?? [];
      const meetingDate = records.meetings.get(res.data.meeting)?.data.date;
      let doneAt: number | undefined;
      progress.forEach((entry, i) => {
        const at = ['progress', i];
        if (doneAt !== undefined && i === doneAt + 1) {
          context.report(res, at, 'doneThenMore', { entry: doneAt + 1, date: progress[doneAt]!.date });
        }
        if (entry.status === 'done' && doneAt === undefined) doneAt = i;
        const previous = i > 0 ? progress[i - 1] : undefined;
        if (previous && entry.date < previous.date) {
          context.report(res, [...at, 'date'], 'notInOrder', { date: entry.date, previousDate: previous.date });
        }
        if (meetingDate !== undefined && entry.date < meetingDate) {
          context.report(res, [...at, 'date'], 'beforeMeeting', { date: entry.date, meetingDate });
        }
        if (entry.date > today) {
          context.report(res, [...at, 'date'], 'afterToday', { date: entry.date, today });
        }
        const by = entry.by === undefined ? undefined : records.members.get(entry.by);
        if (by && !inOfficeOn(by.data, entry.date, records)) {
          const who = memberLabel(records, by.id);
          context.report(res, [...at, 'by'], by.data.left ? 'reporterEnded' : 'reporterNotYet', {
            who,
            date: entry.date,
            joined: joinedOf(by.data, records),
            left: by.data.left ?? '',
          });
        }
        if (entry.status === 'blocked' && (entry.note === undefined || entry.note.trim() === '')) {
          context.report(res, [...at, 'status'], 'blockedWithoutNote');
        }
      });
    }
  },
});
