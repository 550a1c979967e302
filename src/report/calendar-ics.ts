// `yishi calendar` as iCalendar (RFC 5545), written with ical-generator: one event per meeting (timed when its
// time is recorded, in the body's time zone) and one all-day event per deadline, each with a stable UID, and a
// DTSTAMP from --as-of (never the clock), so the same records give the same file.
import ical from 'ical-generator';
import type { Lang } from '../core/diagnostic.js';
import { defineMessages, text } from '../core/messages.js';
import type { CalendarEvent } from '../model/calendar-events.js';
import { fixedOffsetAt } from '../model/fixed-offset-zones.js';

const messages = defineMessages({
  meetingEvent: { zh: '会议:{title}', en: 'Meeting: {title}' },
  taskDue: { zh: '落实时限:{title}({owner})', en: 'Due: {title} ({owner})' },
  opinionDue: { zh: '书面意见反馈截止:{title}', en: 'Written opinion due: {title}' },
  supervisionDue: { zh: '督办反馈截止:{title}({owner})', en: 'Supervision reply due: {title} ({owner})' },
  calendar: { zh: '{body}', en: '{body}' },
  unitCalendar: { zh: '{body}({unit})', en: '{body} ({unit})' },
});

const EVENT_KEYS = { meeting: 'meetingEvent', task: 'taskDue', opinion: 'opinionDue', supervision: 'supervisionDue' } as const;

export interface CalendarOptions {
  lang: Lang;
  bodyName: string;
  unitName?: string;
  timezone: string;
  /** YYYY-MM-DD: the DTSTAMP of every event. */
  stamp: string;
  unitOf: (id: string) => string;
}

/** The offset of a time zone (e.g. +0800) on a date: from the table of fixed-offset zones, else from Intl. */
function offsetOf(timezone: string, date: string): string {
  const instant = new Date(`${date}T12:00:00Z`);
  const fixed = fixedOffsetAt(timezone, instant);
  if (fixed !== undefined) {
    const hhmm = (n: number): string => String(n).padStart(2, '0');
    return `${fixed < 0 ? '-' : '+'}${hhmm(Math.floor(Math.abs(fixed) / 60))}${hhmm(Math.abs(fixed) % 60)}`;
  }
  const name = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  return m ? `${m[1]}${m[2]}${m[3] ?? '00'}` : '+0000';
}

/** A VTIMEZONE with the zone's offset on the stamp date (exact for zones without daylight saving, as China's). */
function vtimezone(stamp: string): (tz: string) => string {
  return (tz) => {
    const offset = offsetOf(tz, stamp);
    const standard = ['BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD'];
    return ['BEGIN:VTIMEZONE', `TZID:${tz}`, ...standard, 'END:VTIMEZONE'].join('\r\n');
  };
}

function summaryOf(e: CalendarEvent, o: CalendarOptions): string {
  const owner = e.owner ? o.unitOf(e.owner) : '';
  return text(o.lang, messages, EVENT_KEYS[e.kind], { title: e.title, owner });
}

export function formatCalendarIcs(events: readonly CalendarEvent[], o: CalendarOptions): string {
  const body = o.bodyName;
  const name = o.unitName
    ? text(o.lang, messages, 'unitCalendar', { body, unit: o.unitName })
    : text(o.lang, messages, 'calendar', { body });
  const prodId = { company: 'yishi', product: 'yishi calendar', language: o.lang.toUpperCase() };
  const cal = ical({ name, prodId, timezone: { name: o.timezone, generator: vtimezone(o.stamp) } });
  const stamp = new Date(`${o.stamp}T00:00:00Z`);
  for (const e of events) {
    // Wall-clock times are given as UTC fields of a Date: ical-generator writes them as they are, in the zone.
    const timed = e.time !== undefined;
    cal.createEvent({
      id: `${e.uid}@yishi`,
      start: new Date(`${e.date}T${timed ? e.time : '00:00'}:00Z`),
      ...(timed ? { timezone: o.timezone } : { allDay: true }),
      summary: summaryOf(e, o),
      ...(e.location !== undefined ? { location: e.location } : {}),
      stamp,
    });
  }
  // DTSTAMP is UTC by RFC 5545; ical-generator writes it in the calendar's zone, without the Z.
  return cal.toString().replace(/^DTSTAMP:(\d{8}T\d{6})(\r?)$/gm, 'DTSTAMP:$1Z$2');
}
