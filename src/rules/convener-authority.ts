// convener-authority [五(一), 三(三)]: plenary and thematic meetings and written reviews are convened by the
// leader, or by a deputy on the leader's delegation (`delegated: true`); a liaison meeting by the office
// (its director). Decisions are taken under the leader or a deputy, so they preside; issued minutes are
// signed by the leader or a deputy.
import { message, type Message } from '../core/diagnostic.js';
import { ROLE_TERMS } from '../i18n/vocabulary.js';
import { inOfficeOn } from '../model/in-office-on.js';
import { meetingKindName } from '../model/meeting-kind-name.js';
import { memberLabel } from '../model/member-label.js';
import type { Rec, Records } from '../model/records.js';
import type { Meeting, Member } from '../model/types.js';
import { defineRule, type RuleContext } from './rule.js';

const MESSAGES = {
  convenerNotInOffice: {
    zh: '{who}在 {date} 不是领导小组成员,不能召集{kind};请写当时在任的组长或副组长。',
    en: '{who} was not a member of the body on {date} and cannot have convened a {kind}; write the leader or deputy in office then.',
    clause: '五(一)',
  },
  chairNotInOffice: {
    zh: '{who}在 {date} 不是领导小组成员,不能主持会议;请写当时在任的组长或副组长。',
    en: '{who} was not a member of the body on {date} and cannot have chaired the meeting; write the leader or deputy in office then.',
    clause: '三(三)',
  },
  signerNotInOffice: {
    zh: '{who}在 {date} 不是领导小组成员,不能签发纪要;请写当时在任的组长或副组长。',
    en: '{who} was not a member of the body on {date} and cannot have signed the minutes; write the leader or deputy in office then.',
    clause: '三(三)',
  },
  liaisonByMember: {
    zh: '联络员会议由领导小组办公室主任召开,召集人请写 convener: office,而不是成员单位。',
    en: 'A liaison meeting is convened by the office director: write convener: office, not a member.',
    clause: '五(一)',
  },
  officeConvenes: {
    zh: '{kind}由组长召集,或由组长委托副组长召集;办公室只召开联络员会议。请把 convener 改为组长的成员 id,或受委托副组长的成员 id 并写 delegated: true。',
    en: "A {kind} is convened by the leader, or by a deputy on the leader's delegation; the office convenes only liaison meetings. Write the leader's member id as convener, or a deputy's with delegated: true.",
    clause: '五(一)',
  },
  memberConvenes: {
    zh: '{who}是领导小组成员,不是组长或副组长,不能召集{kind}。{kind}由组长召集,或由组长委托副组长召集;请改写召集人。',
    en: "{who} is a member, not the leader or a deputy, and cannot convene a {kind}. It is convened by the leader, or by a deputy on the leader's delegation; correct the convener.",
    clause: '五(一)',
  },
  deputyNotDelegated: {
    zh: '副组长{who}召集{kind}须受组长委托。如果是受组长委托召集的,请加上 delegated: true;否则请改由组长召集。',
    en: "A deputy, {who}, may convene a {kind} only on the leader's delegation. If the leader delegated it, add delegated: true; otherwise the leader convenes.",
    clause: '五(一)',
  },
  delegatedNotDeputy: {
    zh: '“受组长委托”(delegated: true)只用于副组长召集的会议;本次会议不是副组长召集的,请删去这一行。',
    en: "`delegated: true` is only for a meeting a deputy convened on the leader's delegation; this one was not convened by a deputy: remove the line.",
    clause: '五(一)',
  },
  chairNotLeader: {
    zh: '{kind}应由组长或副组长主持,{who}不能主持;请把 chair 改为主持会议的组长或副组长。',
    en: 'A {kind} is chaired by the leader or a deputy; {who} cannot chair it. Write the leader or deputy who presided as chair.',
    clause: '三(三)',
  },
  chairIsOffice: {
    zh: '{kind}应由组长或副组长主持,办公室不能主持;请把 chair 改为主持会议的组长或副组长。',
    en: 'A {kind} is chaired by the leader or a deputy; the office cannot chair it. Write the leader or deputy who presided as chair.',
    clause: '三(三)',
  },
  signerNotLeader: {
    zh: '会议纪要应由组长或副组长签发,{who}是{role},不能签发;请写签发纪要的组长或副组长。',
    en: 'Minutes are signed for issue by the leader or a deputy; {who} is a {role} and cannot sign them. Write the leader or deputy who signed.',
    clause: '三(三)',
  },
} as const;

function isLeadership(member: Member): boolean {
  return member.role === 'leader' || member.role === 'deputy';
}

/** Report a seat that was not on the body on the date it acted. */
function checkInOffice(
  context: RuleContext<typeof MESSAGES>,
  meeting: Rec<Meeting>,
  path: (string | number)[],
  id: string,
  date: string,
  key: 'convenerNotInOffice' | 'chairNotInOffice' | 'signerNotInOffice',
  kind: Message,
): boolean {
  const records: Records = context.records;
  const member = records.members.get(id);
  if (!member || inOfficeOn(member.data, date, records)) return true;
  const who = memberLabel(records, id);
  context.report(meeting, path, key, { who, date, kind });
  return false;
}

export const rule = defineRule({
  meta: {
    id: 'convener-authority',
    clause: '五(一)、三(三)',
    severity: 'error',
    docs: message(
      '全体会议、专题会议和书面审议由组长召集(或由受委托的副组长召集,写 delegated: true),由组长或副组长主持;联络员会议由办公室(office)召开;印发的纪要由组长或副组长签发。',
      'Plenary and thematic meetings and written reviews are convened by the leader, or by a deputy with `delegated: true`, and chaired by the leader or a deputy; a liaison meeting is convened by `office`; issued minutes are signed by the leader or a deputy.',
    ),
    messages: MESSAGES,
  },
  check(context) {
    const { records } = context;
    for (const meeting of records.meetings.values()) {
      const m = meeting.data;
      const kind = meetingKindName(m.kind);
      const convener = m.convener === 'office' ? undefined : records.members.get(m.convener);

      if (m.kind === 'liaison') {
        if (m.convener !== 'office' && records.members.has(m.convener)) {
          context.report(meeting, ['convener'], 'liaisonByMember');
        }
      } else if (m.convener === 'office') {
        context.report(meeting, ['convener'], 'officeConvenes', { kind });
      } else if (convener) {
        const who = memberLabel(records, convener.id);
        if (convener.data.role === 'member') {
          context.report(meeting, ['convener'], 'memberConvenes', { who, kind });
        } else if (convener.data.role === 'deputy' && m.delegated !== true) {
          context.report(meeting, ['convener'], 'deputyNotDelegated', { who, kind });
        } else {
          checkInOffice(context, meeting, ['convener'], convener.id, m.date, 'convenerNotInOffice', kind);
        }
      }

      if (m.delegated === true && (m.kind === 'liaison' || m.convener === 'office' || convener?.data.role === 'leader')) {
        context.report(meeting, ['delegated'], 'delegatedNotDeputy', { severity: 'warning' });
      }

      // 三(三): decisions are taken under the leader or a deputy. Only when a chair other than the convener is named.
      if (m.chair !== undefined && m.chair !== m.convener && m.kind !== 'liaison') {
        const chair = m.chair === 'office' ? undefined : records.members.get(m.chair);
        if (m.chair === 'office' || (chair && !isLeadership(chair.data))) {
          if (chair) context.report(meeting, ['chair'], 'chairNotLeader', { kind, who: memberLabel(records, chair.id) });
          else context.report(meeting, ['chair'], 'chairIsOffice', { kind });
        } else if (chair) {
          checkInOffice(context, meeting, ['chair'], chair.id, m.date, 'chairNotInOffice', kind);
        }
      }

      const minutes = m.minutes;
      if (minutes?.status === 'issued' && minutes.signed_by !== undefined) {
        const signer = records.members.get(minutes.signed_by);
        if (signer && !isLeadership(signer.data)) {
          const who = memberLabel(records, signer.id);
          context.report(meeting, ['minutes', 'signed_by'], 'signerNotLeader', { who, role: ROLE_TERMS[signer.data.role] });
        } else if (signer) {
          checkInOffice(context, meeting, ['minutes', 'signed_by'], signer.id, minutes.issued ?? m.date, 'signerNotInOffice', kind);
        }
      }
    }
  },
});
