// What a calendar feed holds (yishi calendar): the body's meetings, with their time and place when recorded, and
// the deadlines still running or missed as of today: open tasks' due dates, written-review replies, 督办 replies.
// With a unit, only the deadlines that concern it. Each event has an id that stays the same from run to run.
import { membersInOfficeOn } from './in-office-on.js';
import { meetingsInOrder, resolutionsInOrder, type Records } from './records.js';
import { roleOf, taskItem } from './supervision-item.js';
import { awaitsReply, supervisionsInOrder } from './supervision-records.js';

export type CalendarEventKind = 'meeting' | 'task' | 'opinion' | 'supervision';

export interface CalendarEvent {
  kind: CalendarEventKind;
  /** Stable: `<kind>-<record id>`. */
  uid: string;
  /** The record the event comes from. */
  id: string;
  title: string;
  date: string;
  /** HH:MM, meetings only; absent: an all-day event. */
  time?: string;
  location?: string;
  /** The member that owns a deadline (task owner, unit asked, unit supervised). */
  owner?: string;
}

function meetingEvents(records: Records): CalendarEvent[] {
  return meetingsInOrder(records).map((m) => ({
    kind: 'meeting' as const,
    uid: `meeting-${m.id}`,
    id: m.id,
    title: m.data.title,
    date: m.data.date,
    ...(m.data.time !== undefined ? { time: m.data.time } : {}),
    ...(m.data.location !== undefined ? { location: m.data.location } : {}),
  }));
}

function taskEvents(records: Records, today: string, unit?: string): CalendarEvent[] {
  return resolutionsInOrder(records)
    .filter((r) => r.data.lead !== undefined)
    .map((r) => taskItem(records, r, today))
    .filter((i) => i.due !== null && i.status !== 'done' && i.status !== 'superseded')
    .filter((i) => unit === undefined || roleOf(i, unit) !== undefined)
    .map((i) => ({ kind: 'task' as const, uid: `task-${i.id}`, id: i.id, title: i.title, date: i.due!, owner: i.owner }));
}

function opinionEvents(records: Records, unit?: string): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const m of meetingsInOrder(records)) {
    const d = m.data;
    if (d.kind !== 'written' || d.respond_by === undefined) continue;
    const asked = d.participants ?? membersInOfficeOn(records, d.date).map((r) => r.id);
    const answered = new Set((d.responses ?? []).map((r) => r.member));
    if (unit !== undefined && (!asked.includes(unit) || answered.has(unit))) continue;
    if (unit === undefined && asked.every((id) => answered.has(id))) continue;
    out.push({ kind: 'opinion', uid: `opinion-${m.id}`, id: m.id, title: d.title, date: d.respond_by, ...(unit ? { owner: unit } : {}) });
  }
  return out;
}

function supervisionEvents(records: Records, today: string, unit?: string): CalendarEvent[] {
  return supervisionsInOrder(records)
    .filter((s) => s.data.to !== undefined && (unit === undefined || s.data.to === unit) && awaitsReply(s.data, today))
    .map((s) => {
      const title = s.data.number ?? s.id;
      return { kind: 'supervision' as const, uid: `supervision-${s.id}`, id: s.id, title, date: s.data.reply_by!, owner: s.data.to };
    });
}

/** Every event, meetings first, then deadlines by date. */
export function calendarEvents(records: Records, today: string, unit?: string): CalendarEvent[] {
  const deadlines = [...taskEvents(records, today, unit), ...opinionEvents(records, unit), ...supervisionEvents(records, today, unit)];
  deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return [...meetingEvents(records), ...deadlines];
}
