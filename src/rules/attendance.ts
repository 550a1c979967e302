// attendance: who attended, who was excused and who was asked for a written opinion were members of the body
// on the meeting date; nobody is both present and absent, or listed twice; and a held plenary meeting accounts
// for every member in office, present or excused (a warning: the record may simply be incomplete).
import { message, type PathSegment } from '../core/diagnostic.js';
import { listNames } from '../i18n/vocabulary.js';
import { attendeeId, inOfficeOn, joinedOf, membersInOfficeOn } from '../model/in-office-on.js';
import { meetingKindName } from '../model/meeting-kind-name.js';
import { memberLabel } from '../model/member-label.js';
import { isHeld } from '../model/plenary-years.js';
import { membersInOrder, type Rec } from '../model/records.js';
import type { Meeting } from '../model/types.js';
import { defineRule, type RuleContext } from './rule.js';

interface Entry {
  id: string;
  path: PathSegment[];
}

function attendeesOf(m: Meeting): Entry[] {
  return (m.attendees ?? []).map((a, i) => ({
    id: attendeeId(a),
    path: typeof a === 'string' ? ['attendees', i] : ['attendees', i, 'member'],
  }));
}

function absentOf(m: Meeting): Entry[] {
  return (m.absent ?? []).map((a, i) => ({ id: a.member, path: ['absent', i, 'member'] }));
}

function participantsOf(m: Meeting): Entry[] {
  return (m.participants ?? []).map((id, i) => ({ id, path: ['participants', i] }));
}

const LIST_NAMES = {
  attendees: { zh: '出席', en: 'attendees' },
  absent: { zh: '请假', en: 'absent' },
  participants: { zh: '参加审议', en: 'participants' },
} as const;

function checkInOffice(context: RuleContext, meeting: Rec<Meeting>, entries: Entry[], list: keyof typeof LIST_NAMES): void {
  const { records } = context;
  const date = meeting.data.date;
  for (const e of entries) {
    const member = records.members.get(e.id);
    if (!member || inOfficeOn(member.data, date, records)) continue;
    const who = memberLabel(records, e.id);
    const joined = joinedOf(member.data, records);
    const why =
      date < joined
        ? { zh: `该席位 ${joined} 才加入领导小组`, en: `the seat joined the body only on ${joined}` }
        : { zh: `该席位已于 ${member.data.left} 撤销`, en: `the seat ended on ${member.data.left}` };
    const successor = member.data.successor && date >= (member.data.left ?? '') ? memberLabel(records, member.data.successor) : undefined;
    context.report(meeting, e.path, successor ? 'notInOfficeSuccessor' : 'notInOffice', {
      who,
      date,
      why,
      list: LIST_NAMES[list],
      successor: successor ?? '',
    });
  }
}

function checkTwice(context: RuleContext, meeting: Rec<Meeting>, entries: Entry[], list: keyof typeof LIST_NAMES): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) {
      const who = memberLabel(context.records, e.id);
      context.report(meeting, e.path, 'listedTwice', { who, list: LIST_NAMES[list] });
    }
    seen.add(e.id);
  }
}

export const rule = defineRule({
  meta: {
    id: 'attendance',
    clause: '',
    severity: 'error',
    docs: message(
      '出席、请假和参加书面审议的都是会议当天在任的成员;同一成员不能既出席又请假;全体会议要交代每个在任成员的出席或请假情况(警告)。',
      'Attendees, absentees and participants were members on the meeting date; nobody is both present and absent; a plenary meeting accounts for every member in office, present or absent (a warning).',
    ),
    messages: {
      notInOffice: {
        zh: '{who}在会议当天({date})不是领导小组成员({why}),不能列入{list}名单。请核对会议日期和名单。',
        en: '{who} was not a member of the body on the day of the meeting ({date}): {why}. It cannot be listed in {list}. Check the date and the list.',
      },
      notInOfficeSuccessor: {
        zh: '{who}在会议当天({date})不是领导小组成员({why}),不能列入{list}名单。请改写接替单位{successor}。',
        en: '{who} was not a member of the body on the day of the meeting ({date}): {why}. It cannot be listed in {list}. Write its successor, {successor}.',
      },
      listedTwice: {
        zh: '{who}在{list}名单中出现了两次;请删去重复的一项。',
        en: '{who} appears twice in {list}; remove the repeated entry.',
      },
      presentAndAbsent: {
        zh: '{who}同时列在出席(attendees)和请假(absent)名单中;请核实后只保留一处。有人代为出席时,写在出席名单中并注明 on_behalf: true。',
        en: "{who} is listed both as present (attendees) and as absent; keep only one. If someone attended on the holder's behalf, list the seat under attendees with on_behalf: true.",
      },
      unaccounted: {
        zh: '{kind}要交代每个在任成员的出席情况,以下成员单位既不在出席名单也不在请假名单中:{names}。请把它们补入 attendees 或 absent(写明请假原因)。',
        en: 'A {kind} accounts for every member in office, but these are neither among the attendees nor among the absent: {names}. Add each to attendees, or to absent with the reason.',
      },
    },
  },
  check(context) {
    const { records } = context;
    for (const meeting of records.meetings.values()) {
      const m = meeting.data;
      const present = attendeesOf(m);
      const absent = absentOf(m);
      checkInOffice(context, meeting, present, 'attendees');
      checkInOffice(context, meeting, absent, 'absent');
      checkInOffice(context, meeting, participantsOf(m), 'participants');
      checkTwice(context, meeting, present, 'attendees');
      checkTwice(context, meeting, absent, 'absent');

      const presentIds = new Set(present.map((e) => e.id));
      for (const e of absent) {
        if (!presentIds.has(e.id)) continue;
        const who = memberLabel(records, e.id);
        context.report(meeting, e.path, 'presentAndAbsent', { who });
      }

      if (m.kind !== 'plenary' || !isHeld(m, context.today) || m.attendees === undefined) continue;
      const accounted = new Set([...presentIds, ...absent.map((e) => e.id)]);
      const inOffice = new Set(membersInOfficeOn(records, m.date).map((r) => r.id));
      const missing = membersInOrder(records).filter((r) => inOffice.has(r.id) && !accounted.has(r.id));
      if (missing.length === 0) continue;
      const names = missing.map((r) => memberLabel(records, r.id));
      const kind = meetingKindName(m.kind);
      context.report(meeting, ['attendees'], 'unaccounted', { kind, names: listNames(names) }, { severity: 'warning', on: 'key' });
    }
  },
});
