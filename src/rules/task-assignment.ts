// task-assignment [五(四)]: a decided item that is to be carried out names its lead unit and its deadline;
// the lead is not also a responsible or cooperating unit; the deadline is not before the meeting; every unit
// named was a member on the meeting date; and `no` is unique within its meeting.
import { message, type PathSegment } from '../core/diagnostic.js';
import { inOfficeOn, joinedOf } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import { resolutionsInOrder } from '../model/records.js';
import { defineRule } from './rule.js';

const ROLE_NAMES = {
  lead: { zh: '牵头单位', en: 'lead unit' },
  responsible: { zh: '责任单位', en: 'responsible unit' },
  cooperating: { zh: '配合单位', en: 'cooperating unit' },
} as const;

type UnitRole = keyof typeof ROLE_NAMES;

export const rule = defineRule({
  meta: {
    id: 'task-assignment',
    clause: '五(四)',
    severity: 'error',
    docs: message(
      '需要落实的议定事项写明牵头单位和落实时限;牵头单位不兼作责任或配合单位;时限不早于会议;所列单位在会议当天都是成员;同一会议的事项序号不重复;取代它的(superseded_by)是之后议定的事项。',
      'A resolution that names responsible or cooperating units or a due date has a lead and a due date; the lead is not also responsible or cooperating; the due date is not before the meeting; every unit was a member on the meeting date; `no` is unique within its meeting; `superseded_by` names a later resolution.',
    ),
    messages: {
      numberUsed: {
        zh: '会议 {meeting} 已有序号为 {no} 的议定事项({first});同一会议的议定事项序号不能重复,请按会议纪要更正 no。',
        en: 'Meeting {meeting} already has a resolution number {no} ({first}); numbers are unique within a meeting. Correct no as in the minutes.',
      },
      dueWithoutLead: {
        zh: '这项议定事项写了落实时限,却没有牵头单位。议定事项要明确牵头单位、责任单位、配合单位和落实时限;请填写 lead。如果只是无需落实的决定事项(如“原则同意”),请删去 {at}。',
        en: 'This resolution names a due date but no lead. Decided work names its lead, responsible and cooperating units and a deadline: add lead. If it is only a decision with nothing to carry out, remove {at}.',
      },
      unitsWithoutLead: {
        zh: '这项议定事项写了责任或配合单位,却没有牵头单位。议定事项要明确牵头单位、责任单位、配合单位和落实时限;请填写 lead。如果只是无需落实的决定事项(如“原则同意”),请删去 {at}。',
        en: 'This resolution names responsible or cooperating units but no lead. Decided work names its lead, responsible and cooperating units and a deadline: add lead. If it is only a decision with nothing to carry out, remove {at}.',
      },
      noDue: {
        zh: '这项议定事项有牵头单位,却没有落实时限。要明确落实时限;请按会议纪要填写 due(YYYY-MM-DD)。',
        en: 'This resolution has a lead but no due date. Decided work has a deadline: add due (YYYY-MM-DD) as in the minutes.',
      },
      supersededBySelf: {
        zh: '议定事项不能被它自己取代:superseded_by 应写取代它的、之后议定的事项;没有被取代就删去这一行。',
        en: 'A resolution cannot be superseded by itself: superseded_by names the later resolution that replaced it. Remove the line if none did.',
      },
      supersededByEarlier: {
        zh: '取代本事项的“{by}”由 {replacedAt} 的会议议定,早于议定本事项的会议({date});只有之后议定的事项才能取代它,请核对 superseded_by。',
        en: '"{by}" was decided on {replacedAt}, before the meeting that decided this item ({date}); only a later resolution can supersede it. Check superseded_by.',
      },
      dueBeforeMeeting: {
        zh: '落实时限 {due} 早于议定该事项的会议日期 {date};请按会议纪要核对 due。',
        en: 'The due date {due} is before the meeting that decided the item ({date}); check due against the minutes.',
      },
      notInOffice: {
        zh: '{who}在会议当天({date})不是领导小组成员({why}),不能列为{role};请写当时的成员单位(席位撤销后写接替单位)。',
        en: '{who} was not a member of the body on the day of the meeting ({date}): {why}. It cannot be the {role}; write the member then in office (after a seat ended, its successor).',
      },
      listedTwice: {
        zh: '{who}在{role}中列了两次;请删去重复的一项。',
        en: '{who} is listed twice as {role}; remove the repeated entry.',
      },
      twoRoles: {
        zh: '{who}已是本事项的{was},不应同时列为{role};一个单位在一项事项中只承担一种角色,请删去这一项。',
        en: '{who} is already the {was} of this item and cannot also be a {role}; a unit has one role in an item: remove this entry.',
      },
    },
  },
  check(context) {
    const { records } = context;
    const numbers = new Map<string, string>(); // `${meeting}#${no}` -> file of the first resolution with it

    for (const res of resolutionsInOrder(records)) {
      const r = res.data;
      const meeting = records.meetings.get(r.meeting)?.data;

      if (meeting) {
        const key = `${r.meeting}#${r.no}`;
        const first = numbers.get(key);
        if (first === undefined) numbers.set(key, res.file.path);
        else context.report(res, ['no'], 'numberUsed', { meeting: r.meeting, no: r.no, first });
      }

      // 五(四): work to be done names a lead and a deadline.
      const names = r.responsible !== undefined || r.cooperating !== undefined || r.due !== undefined;
      if (r.lead === undefined && names) {
        const at = r.responsible !== undefined ? 'responsible' : r.cooperating !== undefined ? 'cooperating' : 'due';
        context.report(res, [at], at === 'due' ? 'dueWithoutLead' : 'unitsWithoutLead', { at }, { on: 'key' });
      }
      if (r.lead !== undefined && r.due === undefined) {
        context.report(res, ['lead'], 'noDue', { on: 'key' });
      }

      const units: Array<{ role: UnitRole; id: string; path: PathSegment[] }> = [];
      if (r.lead !== undefined) units.push({ role: 'lead', id: r.lead, path: ['lead'] });
      (r.responsible ?? []).forEach((id, i) => units.push({ role: 'responsible', id, path: ['responsible', i] }));
      (r.cooperating ?? []).forEach((id, i) => units.push({ role: 'cooperating', id, path: ['cooperating', i] }));

      // Each unit has one role in the item.
      const roleOf = new Map<string, UnitRole>();
      for (const u of units) {
        const earlier = roleOf.get(u.id);
        if (earlier === undefined) {
          roleOf.set(u.id, u.role);
          continue;
        }
        const who = memberLabel(records, u.id);
        const [was, now] = [ROLE_NAMES[earlier], ROLE_NAMES[u.role]];
        if (earlier === u.role) context.report(res, u.path, 'listedTwice', { who, role: now });
        else context.report(res, u.path, 'twoRoles', { who, was, role: now });
      }

      // docs/records.md: superseded_by names the later resolution that replaced this one.
      if (r.superseded_by === res.id) {
        context.report(res, ['superseded_by'], 'supersededBySelf');
      }
      if (!meeting) continue;
      const replacing = r.superseded_by === undefined ? undefined : records.resolutions.get(r.superseded_by);
      const replacedAt = replacing ? records.meetings.get(replacing.data.meeting)?.data.date : undefined;
      if (replacedAt !== undefined && replacedAt < meeting.date) {
        context.report(res, ['superseded_by'], 'supersededByEarlier', { by: replacing!.id, replacedAt, date: meeting.date });
      }
      if (r.due !== undefined && r.due < meeting.date) {
        context.report(res, ['due'], 'dueBeforeMeeting', { due: r.due, date: meeting.date });
      }
      for (const u of units) {
        const member = records.members.get(u.id);
        if (!member || inOfficeOn(member.data, meeting.date, records)) continue;
        const who = memberLabel(records, u.id);
        const joined = joinedOf(member.data, records);
        const why =
          meeting.date < joined
            ? { zh: `该席位 ${joined} 才加入领导小组`, en: `the seat joined the body only on ${joined}` }
            : { zh: `该席位已于 ${member.data.left} 撤销`, en: `the seat ended on ${member.data.left}` };
        context.report(res, u.path, 'notInOffice', { who, date: meeting.date, why, role: ROLE_NAMES[u.role] });
      }
    }
  },
});
