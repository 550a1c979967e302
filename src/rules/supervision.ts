// supervision [四(二) 工作督办制度]: a notice supervises tasks its unit owned and had open on its date (after
// succession, the successor's); its dates are in order; replies come from the unit, in order, not after today.
import type { Message } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { membersInOfficeOn } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import type { Rec } from '../model/records.js';
import { isOpenOn, taskOwnerOn } from '../model/supervision-records.js';
import type { Supervision } from '../model/types.js';
import { defineRule, type RuleContext } from './rule.js';
import { supervisionRuleMessages as M } from './supervision-messages.js';

// The rule's findings: the catalogue without its `docs` sentence.
const messages = Object.fromEntries(Object.entries(M).filter(([key]) => key !== 'docs')) as Omit<typeof M, 'docs'>;
type Context = RuleContext<typeof messages>;

/** A member in each language: 县财政局(cz) / 县财政局 (cz). */
const label = (context: Context, id: string): Message => memberLabel(context.records, id);

/** One item: a task of the unit open on the date, or a written review the unit had not answered. */
function checkItem(context: Context, rec: Rec<Supervision>, index: number): void {
  const { records } = context;
  const s = rec.data;
  const id = s.items[index]!;
  const at = ['items', index];
  const task = records.resolutions.get(id)?.data;
  if (task) {
    if (task.lead === undefined) return context.report(rec, at, 'notATask', { id });
    if (!isOpenOn(records, task, s.date)) return context.report(rec, at, 'notOpen', { id, date: s.date });
    const owner = taskOwnerOn(records, task, s.date)!;
    if (s.kind === 'notice' && s.to !== undefined && owner !== s.to) {
      context.report(rec, at, 'notTheUnits', { id, date: s.date, owner: label(context, owner), to: label(context, s.to) });
    }
    return;
  }
  const meeting = records.meetings.get(id)?.data;
  if (!meeting) return; // the references check reports it
  if (meeting.kind !== 'written') return context.report(rec, at, 'notAWrittenReview', { id });
  if (s.kind !== 'notice' || s.to === undefined) return;
  const asked = meeting.participants ?? membersInOfficeOn(records, meeting.date).map((m) => m.id);
  const answered = (meeting.responses ?? []).some((r) => r.member === s.to && r.date <= s.date);
  if (!asked.includes(s.to) || answered) {
    context.report(rec, at, 'opinionNotMissing', { id, date: s.date, to: label(context, s.to) });
  }
}

function checkReplies(context: Context, rec: Rec<Supervision>): void {
  const s = rec.data;
  let previous: string | undefined;
  (s.replies ?? []).forEach((r, i) => {
    if (s.kind === 'notice' && s.to !== undefined && r.by !== s.to && context.records.members.has(r.by)) {
      context.report(rec, ['replies', i, 'by'], 'replyNotByUnit', { by: label(context, r.by), to: label(context, s.to) });
    }
    if (r.date < s.date) context.report(rec, ['replies', i, 'date'], 'replyBeforeDate', { reply: r.date, date: s.date });
    else if (previous !== undefined && r.date < previous)
      context.report(rec, ['replies', i, 'date'], 'replyOutOfOrder', { reply: r.date, previous });
    if (r.date > context.today) context.report(rec, ['replies', i, 'date'], 'replyInFuture', { reply: r.date, today: context.today });
    previous = r.date;
  });
}

function checkRecord(context: Context, rec: Rec<Supervision>): void {
  const s = rec.data;
  if (s.kind === 'notice' && s.to === undefined) context.report(rec, ['kind'], 'noticeWithoutTo');
  if (s.kind === 'circular' && s.to !== undefined) context.report(rec, ['to'], 'circularWithTo', { on: 'key' });
  s.items.forEach((_, i) => checkItem(context, rec, i));
  if (s.reply_by !== undefined && s.reply_by < s.date)
    context.report(rec, ['reply_by'], 'replyByBeforeDate', { replyBy: s.reply_by, date: s.date });
  checkReplies(context, rec);
  if (s.closed !== undefined && s.closed < s.date) context.report(rec, ['closed'], 'closedBeforeDate', { closed: s.closed, date: s.date });
  if (s.closed !== undefined && s.closed > context.today)
    context.report(rec, ['closed'], 'closedInFuture', { closed: s.closed, today: context.today });
}

export const rule = defineRule({
  meta: { id: 'supervision', clause: '四(二)', severity: 'error', docs: say(M, 'docs'), messages },
  check(context) {
    for (const rec of context.records.supervisions.values()) checkRecord(context, rec);
  },
});
