// progress-log [五(五)]: the follow-up log of a resolution is a true log: in date order, from the meeting up to
// today, reported by a member of the body, nothing after `done`, and a blocked entry says what the difficulty is.
import { message } from '../core/diagnostic.js';
import { inOfficeOn, joinedOf } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  meta: {
    id: 'progress-log',
    clause: '五(五)',
    severity: 'error',
    docs: message(
      '落实情况按日期先后记录,不早于会议、不晚于今天;报告单位是当时的成员;“已完成”之后不再追加;“存在困难”须写明困难。',
      'Progress entries are in date order, not before the meeting and not after today; `by` was a member on that date; nothing follows `done`; a `blocked` entry says what the difficulty is.',
    ),
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
          context.report(
            res,
            at,
            message(
              `第 ${doneAt + 1} 条落实情况已报告“已完成”(done,${progress[doneAt]!.date}),之后不应再追加记录:请删去这条新记录。落实情况只增不改(yishi audit 会核查),不要改动那条 done;如果任务实际并未完成,或有新的工作要求,请提请领导小组会议另行议定新的事项 [五(五)]。`,
              `Entry ${doneAt + 1} already reported the task done (${progress[doneAt]!.date}); nothing should follow it: remove this new entry. Progress is only ever appended (yishi audit checks it), so leave the done entry as it is; if the task was not in fact done, or there is new work, a meeting decides a new resolution [五(五)].`,
            ),
          );
        }
        if (entry.status === 'done' && doneAt === undefined) doneAt = i;
        const previous = i > 0 ? progress[i - 1] : undefined;
        if (previous && entry.date < previous.date) {
          context.report(
            res,
            [...at, 'date'],
            message(
              `落实情况应按时间先后记录:本条日期 ${entry.date} 早于上一条的 ${previous.date}。新的记录请追加在末尾,并核对日期。`,
              `Progress entries go oldest first: ${entry.date} is before the entry above it (${previous.date}). Append new entries at the end and check the date.`,
            ),
          );
        }
        if (meetingDate !== undefined && entry.date < meetingDate) {
          context.report(
            res,
            [...at, 'date'],
            message(
              `落实情况日期 ${entry.date} 早于议定该事项的会议日期 ${meetingDate};会议议定之前不可能有落实情况,请核对日期。`,
              `The progress date ${entry.date} is before the meeting that decided the item (${meetingDate}); check the date.`,
            ),
          );
        }
        if (entry.date > today) {
          context.report(
            res,
            [...at, 'date'],
            message(
              `落实情况日期 ${entry.date} 晚于今天(${today});只记录已经发生的落实情况,请核对日期。`,
              `The progress date ${entry.date} is after today (${today}); record only what has happened, and check the date.`,
            ),
          );
        }
        const by = entry.by === undefined ? undefined : records.members.get(entry.by);
        if (by && !inOfficeOn(by.data, entry.date, records)) {
          const who = memberLabel(records, by.id);
          context.report(
            res,
            [...at, 'by'],
            message(
              `${who.zh}在 ${entry.date} 不是领导小组成员(该席位自 ${joinedOf(by.data, records)} 起${by.data.left ? `,${by.data.left} 撤销` : ''});请写当时负责报告的成员单位,席位撤销后由接替单位报告。`,
              `${who.en} was not a member of the body on ${entry.date} (the seat ran from ${joinedOf(by.data, records)}${by.data.left ? ` until it ended on ${by.data.left}` : ''}); write the member that reported then (after a seat ended, its successor reports).`,
            ),
          );
        }
        if (entry.status === 'blocked' && (entry.note === undefined || entry.note.trim() === '')) {
          context.report(
            res,
            [...at, 'status'],
            message(
              '“落实中存在困难”(blocked)的记录须在 note 中写明遇到的困难和需要领导小组协调的事项 [五(五)]。',
              'A `blocked` entry must say in `note` what the difficulty is and what the body is asked to do about it [五(五)].',
            ),
          );
        }
      });
    }
  },
};
