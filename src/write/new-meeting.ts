// yishi new meeting: a meeting record to fill in [五(一), 六(二)]. A plenary meeting proposes the leader as
// convener and lists every member in office that day, in the notice's order, as attendees.
import { recordPathOf } from '../core/record-kinds.js';
import { yearOf } from '../model/dates.js';
import { liaisonOn, membersInOfficeOn } from '../model/in-office-on.js';
import { meetingIdFor } from '../model/next-ids.js';
import { membersInOrder, type Records } from '../model/records.js';
import type { MeetingKind } from '../model/types.js';
import type { Change } from './change.js';
import { checkFree, checkNewId, commentLang } from './new-record.js';
import { recordText, type Field } from './record-text.js';
import { placeholderFor } from './placeholder.js';
import { requireMember, usageError } from './write-refused.js';
import { REFUSED } from '../i18n/write.js';
import type { Lang, Message } from '../core/diagnostic.js';
import { say, text } from '../core/messages.js';
import { chineseNumber, MEETING_KIND_ORDER, MEETING_KIND_TERMS, termChoices } from '../i18n/vocabulary.js';
import { MEETING_FILE } from '../i18n/write.js';

export interface NewMeetingInput {
  kind: MeetingKind;
  date: string;
  id?: string;
  title?: string;
  time?: string;
  location?: string;
  convener?: string;
  recorder?: string;
  proceedings?: string;
  /** Written review: when it was sent out, and the deadline for opinions. */
  circulated?: string;
  respondBy?: string;
}

/** 2025年第一次全体会议 / Plenary meeting 1, 2025. */
function meetingTitle(kind: MeetingKind, n: number, year: number, lang: Lang): string {
  const name = MEETING_KIND_TERMS[kind];
  const capitalized = { zh: name.zh, en: name.en.charAt(0).toUpperCase() + name.en.slice(1) };
  return text(lang, MEETING_FILE, 'title', { year, nth: { zh: chineseNumber(n), en: String(n) }, kind: capitalized });
}

/** The members in office on `date`, in the notice's order. */
function inOfficeInOrder(records: Records, date: string): string[] {
  const present = new Set(membersInOfficeOn(records, date).map((m) => m.id));
  return membersInOrder(records)
    .filter((m) => present.has(m.id))
    .map((m) => m.id);
}

export function newMeeting(records: Records, input: NewMeetingInput, today: string): Change {
  const { kind, date } = input;
  const id = input.id !== undefined ? checkNewId(records, 'meeting', input.id) : meetingIdFor(records, date, kind);
  const path = recordPathOf('meeting', id, yearOf(date));
  checkFree(records, path);
  if (input.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.time))
    throw usageError(say(REFUSED, 'badTime', { time: input.time }));
  const lang = commentLang(records);
  const inOffice = inOfficeInOrder(records, date);

  let convener = input.convener;
  if (convener !== undefined) {
    if (!(kind === 'liaison' && convener === 'office')) requireMember(records, convener, '--convener');
  } else if (kind === 'liaison') convener = 'office';
  else {
    convener = inOffice.find((m) => records.members.get(m)?.data.role === 'leader');
    if (!convener) throw usageError(say(REFUSED, 'noLeader', { date }));
  }
  const byDeputy = convener !== 'office' && records.members.get(convener)?.data.role === 'deputy';

  const sameKind = [...records.meetings.values()].filter(
    (m) => m.data.kind === kind && yearOf(m.data.date) === yearOf(date) && m.data.date <= date,
  );
  const n = sameKind.length + 1;
  const title = input.title ?? meetingTitle(kind, n, yearOf(date), lang);

  let attendees: string[] | undefined;
  let attendeesComment: string | undefined;
  if (kind === 'plenary' || kind === 'thematic') {
    attendees = inOffice;
    attendeesComment = text(lang, MEETING_FILE, kind === 'thematic' ? 'attendeesInvited' : 'attendeesAll', { date });
  } else if (kind === 'liaison') {
    attendees = inOffice.filter((m) => liaisonOn(records.members.get(m)!.data, date) !== undefined);
    attendeesComment = text(lang, MEETING_FILE, 'attendeesLiaison', { date });
  }

  // A held meeting must have its record (rule meeting-record): what the clerk did not give is written as a
  // placeholder with a TODO; a planned meeting only gets the TODO lines.
  const held = date <= today;
  const todo = (what: Message): string => `TODO ${what[lang]}`;
  const required = (key: string, value: string | undefined, what: Message, style?: 'literal'): Field => {
    if (value !== undefined) return { key, value: style === 'literal' && !value.endsWith('\n') ? `${value}\n` : value, style };
    if (held) return { key, value: placeholderFor(lang), comment: todo(what) };
    return { todo: `${key}: ${what[lang]}` };
  };
  const fields: Field[] = [
    { key: 'kind', value: kind, comment: lang === 'zh' ? termChoices(MEETING_KIND_TERMS, MEETING_KIND_ORDER, lang) : undefined },
    { key: 'title', value: title },
    { key: 'date', value: date, comment: kind === 'written' ? text(lang, MEETING_FILE, 'decisionDate') : undefined },
  ];
  if (kind === 'written') {
    fields.push(
      { key: 'convener', value: convener, comment: convenerComment(lang, kind, byDeputy) },
      { key: 'delegated', value: byDeputy ? true : undefined },
      { todo: text(lang, MEETING_FILE, 'reviewTopics') },
      { key: 'circulated', value: input.circulated ?? date, comment: input.circulated ? undefined : todo(say(MEETING_FILE, 'circulated')) },
      { key: 'respond_by', value: input.respondBy ?? date, comment: input.respondBy ? undefined : todo(say(MEETING_FILE, 'respondBy')) },
      { key: 'participants', value: inOffice, comment: text(lang, MEETING_FILE, 'participants', { date }) },
      { todo: text(lang, MEETING_FILE, 'responses') },
      { todo: text(lang, MEETING_FILE, 'outcome') },
    );
  } else {
    fields.push(
      input.time !== undefined ? { key: 'time', value: input.time, style: 'quoted' } : { todo: 'time: "09:30"' },
      required('location', input.location, say(MEETING_FILE, 'location')),
      { key: 'convener', value: convener, comment: convenerComment(lang, kind, byDeputy) },
      { key: 'delegated', value: byDeputy ? true : undefined },
      { todo: text(lang, MEETING_FILE, 'topics') },
      { key: 'attendees', value: attendees, comment: attendeesComment },
      required('recorder', input.recorder, say(MEETING_FILE, 'recorder')),
      required('proceedings', input.proceedings, say(MEETING_FILE, 'proceedings'), 'literal'),
    );
  }
  fields.push({ key: 'minutes', value: { status: 'draft' }, comment: text(lang, MEETING_FILE, 'issueWhenIssued') });
  return { path, text: recordText(path, 'meeting', fields), created: true };
}

function convenerComment(lang: Lang, kind: MeetingKind, byDeputy: boolean): string {
  if (kind === 'liaison') return text(lang, MEETING_FILE, 'convenerLiaison');
  if (kind === 'written') return text(lang, MEETING_FILE, byDeputy ? 'proposedByDeputy' : 'proposedByLeader');
  return text(lang, MEETING_FILE, byDeputy ? 'convenedByDeputy' : 'convenedByLeader');
}
