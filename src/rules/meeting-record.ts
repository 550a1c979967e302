// meeting-record [六(二)]: a held meeting has its record. A plenary, thematic or liaison meeting records when
// and where it met, who attended, what was reported, discussed and agreed, and who kept the record; a written
// review records when it was circulated, the deadline for opinions, and the members asked.
import { listNames } from '../i18n/vocabulary.js';
import { message, type Message } from '../core/diagnostic.js';
import { meetingKindName } from '../model/meeting-kind-name.js';
import { isHeld } from '../model/plenary-years.js';
import type { Meeting } from '../model/types.js';
import { defineRule } from './rule.js';

interface Field {
  key: keyof Meeting;
  name: Message;
}

const FIELDS: Record<'meeting' | 'written', Field[]> = {
  meeting: [
    { key: 'location', name: message('地点(location)', 'where it met (location)') },
    { key: 'attendees', name: message('参会人员(attendees)', 'who attended (attendees)') },
    { key: 'proceedings', name: message('会议内容(proceedings)', 'what was reported, discussed and agreed (proceedings)') },
    { key: 'recorder', name: message('记录人(recorder)', 'who kept the record (recorder)') },
  ],
  written: [
    { key: 'circulated', name: message('送审日期(circulated)', 'the date it was circulated (circulated)') },
    { key: 'respond_by', name: message('反馈截止日期(respond_by)', 'the deadline for opinions (respond_by)') },
    { key: 'participants', name: message('参加审议的成员单位(participants)', 'the members asked for an opinion (participants)') },
  ],
};

export const rule = defineRule({
  meta: {
    id: 'meeting-record',
    clause: '六(二)',
    severity: 'error',
    docs: message(
      '已召开的全体会议、专题会议和联络员会议记录地点、参会人员、会议内容和记录人;书面审议记录送审日期、反馈截止日期和参加审议的成员单位。',
      'A held plenary, thematic or liaison meeting records its location, attendees, proceedings and recorder; a written review records `circulated`, `respond_by` and `participants`.',
    ),
    messages: {
      deadlineBeforeCirculated: {
        zh: '反馈截止日期 {respondBy} 早于送审日期 {circulated};请核对这两个日期。',
        en: 'The deadline for opinions, {respondBy}, is before the date the review was circulated, {circulated}; check both dates.',
      },
      circulatedAfterDecision: {
        zh: '送审日期 {circulated} 晚于书面审议的决定日期(date: {date});书面审议先送审、后决定,请核对日期。',
        en: 'The review was circulated on {circulated}, after the date it was decided (date: {date}); a written review is circulated first and decided after. Check the dates.',
      },
      reviewIncomplete: {
        zh: '这次书面审议的记录缺少:{missing}。请补齐,以便核对哪些成员单位按时反馈了意见。',
        en: 'The record of this written review lacks {missing}. Add {n|it|them} so that it shows who was asked and who answered in time.',
      },
      reviewIncompleteAll: {
        zh: '这次书面审议的记录缺少:{missing}。请补齐,以便核对哪些成员单位按时反馈了意见;全体成员单位参加时也请逐一列出。',
        en: 'The record of this written review lacks {missing}. Add {n|it|them} so that it shows who was asked and who answered in time; list every member even when all were asked.',
      },
      meetingIncomplete: {
        zh: '这次{kind}的记录缺少:{missing}。{kind}要由专人负责记录,详细记录会议时间、地点、内容、参会人员和议定事项;请补齐。',
        en: "The record of this {kind} lacks {missing}. A person is charged with recording the meeting's time, place, content, attendees and decisions: add them.",
      },
      noAttendees: {
        zh: '出席名单(attendees)是空的;请列出出席会议的成员单位(成员 id)。',
        en: 'The list of attendees is empty; list the members who attended (member ids).',
      },
      noParticipants: {
        zh: '参加审议的成员单位(participants)是空的;请列出被征求意见的成员单位(成员 id)。',
        en: 'The list of participants is empty; list the members asked for an opinion (member ids).',
      },
    },
  },
  check(context) {
    for (const meeting of context.records.meetings.values()) {
      const m = meeting.data;
      const kind = meetingKindName(m.kind);

      if (m.kind === 'written') {
        if (m.circulated !== undefined && m.respond_by !== undefined && m.respond_by < m.circulated) {
          context.report(meeting, ['respond_by'], 'deadlineBeforeCirculated', { respondBy: m.respond_by, circulated: m.circulated });
        }
        if (m.circulated !== undefined && m.circulated > m.date) {
          context.report(meeting, ['circulated'], 'circulatedAfterDecision', { circulated: m.circulated, date: m.date });
        }
      }

      if (!isHeld(m, context.today)) continue;
      const fields = FIELDS[m.kind === 'written' ? 'written' : 'meeting'];
      const missing = fields.filter((f) => m[f.key] === undefined);
      if (missing.length > 0) {
        const names = listNames(missing.map((f) => f.name));
        const listAll = missing.some((f) => f.key === 'participants');
        if (m.kind !== 'written') context.report(meeting, [], 'meetingIncomplete', { kind, missing: names });
        else context.report(meeting, [], listAll ? 'reviewIncompleteAll' : 'reviewIncomplete', { missing: names, n: missing.length });
      }
      if (m.kind !== 'written' && m.attendees !== undefined && m.attendees.length === 0) {
        context.report(meeting, ['attendees'], 'noAttendees');
      }
      if (m.kind === 'written' && m.participants !== undefined && m.participants.length === 0) {
        context.report(meeting, ['participants'], 'noParticipants');
      }
    }
  },
});
