// task-assignment [五(四)]: a decided item that is to be carried out names its lead unit and its deadline;
// the lead is not also a responsible or cooperating unit; the deadline is not before the meeting; every unit
// named was a member on the meeting date; and `no` is unique within its meeting.
import { message, type PathSegment } from '../core/diagnostic.js';
import { inOfficeOn, joinedOf } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import { resolutionsInOrder } from '../model/records.js';
import type { Rule } from './rule.js';

const ROLE_NAMES = {
  lead: { zh: '牵头单位', en: 'lead unit' },
  responsible: { zh: '责任单位', en: 'responsible unit' },
  cooperating: { zh: '配合单位', en: 'cooperating unit' },
} as const;

type UnitRole = keyof typeof ROLE_NAMES;

export const rule: Rule = {
  meta: {
    id: 'task-assignment',
    clause: '五(四)',
    severity: 'error',
    docs: message(
      '需要落实的议定事项写明牵头单位和落实时限;牵头单位不兼作责任或配合单位;时限不早于会议;所列单位在会议当天都是成员;同一会议的事项序号不重复;取代它的(superseded_by)是之后议定的事项。',
      'A resolution that names responsible or cooperating units or a due date has a lead and a due date; the lead is not also responsible or cooperating; the due date is not before the meeting; every unit was a member on the meeting date; `no` is unique within its meeting; `superseded_by` names a later resolution.',
    ),
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
        else
          context.report(
            res,
            ['no'],
            message(
              `会议 ${r.meeting} 已有序号为 ${r.no} 的议定事项(${first});同一会议的议定事项序号不能重复,请按会议纪要更正 no。`,
              `Meeting ${r.meeting} already has a resolution number ${r.no} (${first}); numbers are unique within a meeting. Correct no as in the minutes.`,
            ),
          );
      }

      // 五(四): work to be done names a lead and a deadline.
      const names = r.responsible !== undefined || r.cooperating !== undefined || r.due !== undefined;
      if (r.lead === undefined && names) {
        const at = r.responsible !== undefined ? 'responsible' : r.cooperating !== undefined ? 'cooperating' : 'due';
        context.report(
          res,
          [at],
          message(
            `这项议定事项写了${at === 'due' ? '落实时限' : '责任或配合单位'},却没有牵头单位。依据通知五(四),议定事项要明确牵头单位、责任单位、配合单位和落实时限;请填写 lead。如果只是无需落实的决定事项(如“原则同意”),请删去 ${at}。`,
            `This resolution names ${at === 'due' ? 'a due date' : 'responsible or cooperating units'} but no lead. Under the notice, 五(四), decided work names its lead, responsible and cooperating units and a deadline: add lead. If it is only a decision with nothing to carry out, remove ${at}.`,
          ),
          { on: 'key' },
        );
      }
      if (r.lead !== undefined && r.due === undefined) {
        context.report(
          res,
          ['lead'],
          message(
            `这项议定事项有牵头单位,却没有落实时限。依据通知五(四),要明确落实时限;请按会议纪要填写 due(YYYY-MM-DD)。`,
            `This resolution has a lead but no due date. Under the notice, 五(四), decided work has a deadline: add due (YYYY-MM-DD) as in the minutes.`,
          ),
          { on: 'key' },
        );
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
        context.report(
          res,
          u.path,
          earlier === u.role
            ? message(`${who.zh}在${now.zh}中列了两次;请删去重复的一项。`, `${who.en} is listed twice as ${now.en}; remove the repeated entry.`)
            : message(
                `${who.zh}已是本事项的${was.zh},不应同时列为${now.zh};一个单位在一项事项中只承担一种角色,请删去这一项。`,
                `${who.en} is already the ${was.en} of this item and cannot also be a ${now.en}; a unit has one role in an item: remove this entry.`,
              ),
        );
      }

      // docs/records.md: superseded_by names the later resolution that replaced this one.
      if (r.superseded_by === res.id) {
        context.report(
          res,
          ['superseded_by'],
          message(
            '议定事项不能被它自己取代:superseded_by 应写取代它的、之后议定的事项;没有被取代就删去这一行。',
            'A resolution cannot be superseded by itself: superseded_by names the later resolution that replaced it. Remove the line if none did.',
          ),
        );
      }
      if (!meeting) continue;
      const replacing = r.superseded_by === undefined ? undefined : records.resolutions.get(r.superseded_by);
      const replacedAt = replacing ? records.meetings.get(replacing.data.meeting)?.data.date : undefined;
      if (replacedAt !== undefined && replacedAt < meeting.date) {
        context.report(
          res,
          ['superseded_by'],
          message(
            `取代本事项的“${r.superseded_by}”由 ${replacedAt} 的会议议定,早于议定本事项的会议(${meeting.date});只有之后议定的事项才能取代它,请核对 superseded_by。`,
            `"${r.superseded_by}" was decided on ${replacedAt}, before the meeting that decided this item (${meeting.date}); only a later resolution can supersede it. Check superseded_by.`,
          ),
        );
      }
      if (r.due !== undefined && r.due < meeting.date) {
        context.report(
          res,
          ['due'],
          message(
            `落实时限 ${r.due} 早于议定该事项的会议日期 ${meeting.date};请按会议纪要核对 due。`,
            `The due date ${r.due} is before the meeting that decided the item (${meeting.date}); check due against the minutes.`,
          ),
        );
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
        context.report(
          res,
          u.path,
          message(
            `${who.zh}在会议当天(${meeting.date})不是领导小组成员(${why.zh}),不能列为${ROLE_NAMES[u.role].zh};请写当时的成员单位(席位撤销后写接替单位)。`,
            `${who.en} was not a member of the body on the day of the meeting (${meeting.date}): ${why.en}. It cannot be the ${ROLE_NAMES[u.role].en}; write the member then in office (after a seat ended, its successor).`,
          ),
        );
      }
    }
  },
};
