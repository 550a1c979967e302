// Supervision records (督办 [四(二)]) read against the tasks: which notices name a task, whether a notice's
// reply is late, and what a notice may name on its date. Pure: records in, facts out.
import { ownerOf } from './owner-of.js';
import type { Rec, Records } from './records.js';
import { resolutionOn } from './resolution-on.js';
import { isSuperseded, isTask, statusOf } from './task-state.js';
import type { Resolution, Supervision } from './types.js';

/** Supervision records by date, then id. */
export function supervisionsInOrder(records: Records): Rec<Supervision>[] {
  return [...records.supervisions.values()].sort((a, b) =>
    a.data.date !== b.data.date ? (a.data.date < b.data.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** The notices and circulars that name `itemId` (a task or a meeting), oldest first, up to `today`. */
export function supervisionsOf(records: Records, itemId: string, today?: string): Rec<Supervision>[] {
  return supervisionsInOrder(records).filter((s) => s.data.items.includes(itemId) && (today === undefined || s.data.date <= today));
}

/** The first reply, if any. */
export function firstReplyOf(s: Supervision): string | undefined {
  return s.replies?.[0]?.date;
}

/** A notice waits for a reply: it has a reply_by, no reply and is not closed. */
export function awaitsReply(s: Supervision, today: string): boolean {
  const replied = (s.replies ?? []).some((r) => r.date <= today);
  const closed = s.closed !== undefined && s.closed <= today;
  return s.kind === 'notice' && s.reply_by !== undefined && !replied && !closed;
}

/** RECORDS.md: a notice is overdue when reply_by is before today, no reply is recorded and it is not closed. */
export function isReplyOverdue(s: Supervision, today: string): boolean {
  return awaitsReply(s, today) && s.reply_by! < today;
}

export type ReplyTiming = 'on_time' | 'late' | 'missing' | 'pending';

/**
 * How a notice's reply came, as of `today`: on time (first reply by reply_by), late (after it), missing
 * (reply_by passed without one), pending (not yet due). A notice without reply_by counts on time once replied.
 */
export function replyTiming(s: Supervision, today: string): ReplyTiming {
  const first = (s.replies ?? []).find((r) => r.date <= today)?.date;
  if (first !== undefined) return s.reply_by === undefined || first <= s.reply_by ? 'on_time' : 'late';
  return s.reply_by !== undefined && s.reply_by < today ? 'missing' : 'pending';
}

/** The member that owns a task on a date: its lead, or the lead's successor once the lead has left. */
export function taskOwnerOn(records: Records, resolution: Resolution, date: string): string | undefined {
  return resolution.lead === undefined ? undefined : ownerOf(records, resolution.lead, date).owner;
}

/** A task open on a date: not done and not superseded by then. */
export function isOpenOn(records: Records, resolution: Resolution, date: string): boolean {
  if (!isTask(resolution)) return false;
  const then = resolutionOn(records, resolution, date);
  return statusOf(then) !== 'done' && !isSuperseded(then);
}
