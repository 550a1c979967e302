// convener-authority [五(一), 三(三)]: plenary and thematic meetings and written reviews are convened by the
// leader, or by a deputy on the leader's delegation (`delegated: true`); a liaison meeting by the office
// (its director). Decisions are taken under the leader or a deputy, so they preside; issued minutes are
// signed by the leader or a deputy.
import { message } from '../core/diagnostic.js';
import { inOfficeOn } from '../model/in-office-on.js';
import { meetingKindName } from '../model/meeting-kind-name.js';
import { memberLabel } from '../model/member-label.js';
import type { Rec, Records } from '../model/records.js';
import type { Meeting, Member } from '../model/types.js';
import type { Rule, RuleContext } from './rule.js';

const ROLE_NAMES: Record<Member['role'], { zh: string; en: string }> = {
  leader: { zh: '组长', en: 'the leader' },
  deputy: { zh: '副组长', en: 'a deputy' },
  member: { zh: '成员', en: 'a member' },
};

function isLeadership(member: Member): boolean {
  return member.role === 'leader' || member.role === 'deputy';
}

/** Report a seat that was not on the body on the date it acted. */
function checkInOffice(
  context: RuleContext,
  meeting: Rec<Meeting>,
  path: (string | number)[],
  id: string,
  date: string,
  act: { zh: string; en: string },
): boolean {
  const records: Records = context.records;
  const member = records.members.get(id);
  if (!member || inOfficeOn(member.data, date, records)) return true;
  const who = memberLabel(records, id);
  context.report(
    meeting,
    path,
    message(
      `${who.zh}在 ${date} 不是领导小组成员,不能${act.zh};请写当时在任的组长或副组长。`,
      `${who.en} was not a member of the body on ${date} and cannot have ${act.en}; write the leader or deputy in office then.`,
    ),
  );
  return false;
}

/** 五(一): who convenes each kind of meeting. */
function checkConvener(context: RuleContext, meeting: Rec<Meeting>): void {
  const { records } = context;
  const m = meeting.data;
  const kind = meetingKindName(m.kind);
  const convener = m.convener === 'office' ? undefined : records.members.get(m.convener);
  if (m.kind === 'liaison') {
    if (m.convener !== 'office' && records.members.has(m.convener)) {
      context.report(
        meeting,
        ['convener'],
        message(
          `联络员会议由领导小组办公室主任召开(通知五(一)),召集人请写 convener: office,而不是成员单位。`,
          `A liaison meeting is convened by the office director (notice 五(一)): write convener: office, not a member.`,
        ),
      );
    }
  } else if (m.convener === 'office') {
    context.report(
      meeting,
      ['convener'],
      message(
        `${kind.zh}由组长召集,或由组长委托副组长召集(通知五(一));办公室只召开联络员会议。请把 convener 改为组长的成员 id,或受委托副组长的成员 id 并写 delegated: true。`,
        `A ${kind.en} is convened by the leader, or by a deputy on the leader's delegation (notice 五(一)); the office convenes only liaison meetings. Write the leader's member id as convener, or a deputy's with delegated: true.`,
      ),
    );
  } else if (convener) {
    const who = memberLabel(records, convener.id);
    if (convener.data.role === 'member') {
      context.report(
        meeting,
        ['convener'],
        message(
          `${who.zh}是领导小组成员,不是组长或副组长,不能召集${kind.zh}。依据通知五(一),${kind.zh}由组长召集,或由组长委托副组长召集;请改写召集人。`,
          `${who.en} is a member, not the leader or a deputy, and cannot convene a ${kind.en}. Under the notice, 五(一), it is convened by the leader, or by a deputy on the leader's delegation; correct the convener.`,
        ),
      );
    } else if (convener.data.role === 'deputy' && m.delegated !== true) {
      context.report(
        meeting,
        ['convener'],
        message(
          `副组长${who.zh}召集${kind.zh}须受组长委托(通知五(一))。如果是受组长委托召集的,请加上 delegated: true;否则请改由组长召集。`,
          `A deputy, ${who.en}, may convene a ${kind.en} only on the leader's delegation (notice 五(一)). If the leader delegated it, add delegated: true; otherwise the leader convenes.`,
        ),
      );
    } else {
      checkInOffice(context, meeting, ['convener'], convener.id, m.date, { zh: `召集${kind.zh}`, en: `convened a ${kind.en}` });
    }
  }
}

/** `delegated: true` belongs only to a meeting a deputy convened. */
function checkDelegated(context: RuleContext, meeting: Rec<Meeting>): void {
  const { records } = context;
  const m = meeting.data;
  const convener = m.convener === 'office' ? undefined : records.members.get(m.convener);
  if (m.delegated === true && (m.kind === 'liaison' || m.convener === 'office' || convener?.data.role === 'leader')) {
    context.report(
      meeting,
      ['delegated'],
      message(
        '“受组长委托”(delegated: true)只用于副组长召集的会议;本次会议不是副组长召集的,请删去这一行。',
        "`delegated: true` is only for a meeting a deputy convened on the leader's delegation; this one was not convened by a deputy: remove the line.",
      ),
      { severity: 'warning' },
    );
  }
}

function checkChair(context: RuleContext, meeting: Rec<Meeting>): void {
  const { records } = context;
  const m = meeting.data;
  const kind = meetingKindName(m.kind);
  // 三(三): decisions are taken under the leader or a deputy. Only when a chair other than the convener is named.
  if (m.chair !== undefined && m.chair !== m.convener && m.kind !== 'liaison') {
    const chair = m.chair === 'office' ? undefined : records.members.get(m.chair);
    if (m.chair === 'office' || (chair && !isLeadership(chair.data))) {
      const who = chair ? memberLabel(records, chair.id) : { zh: '办公室', en: 'the office' };
      context.report(
        meeting,
        ['chair'],
        message(
          `${kind.zh}应由组长或副组长主持(通知三(三)),${who.zh}不能主持;请把 chair 改为主持会议的组长或副组长。`,
          `A ${kind.en} is chaired by the leader or a deputy (notice 三(三)); ${who.en} cannot chair it. Write the leader or deputy who presided as chair.`,
        ),
      );
    } else if (chair) {
      checkInOffice(context, meeting, ['chair'], chair.id, m.date, { zh: '主持会议', en: 'chaired the meeting' });
    }
  }
}

/** Issued minutes are signed by the leader or a deputy. */
function checkSigner(context: RuleContext, meeting: Rec<Meeting>): void {
  const { records } = context;
  const m = meeting.data;
  const minutes = m.minutes;
  if (minutes?.status === 'issued' && minutes.signed_by !== undefined) {
    const signer = records.members.get(minutes.signed_by);
    if (signer && !isLeadership(signer.data)) {
      const who = memberLabel(records, signer.id);
      context.report(
        meeting,
        ['minutes', 'signed_by'],
        message(
          `会议纪要应由组长或副组长签发,${who.zh}是${ROLE_NAMES[signer.data.role].zh},不能签发;请写签发纪要的组长或副组长。`,
          `Minutes are signed for issue by the leader or a deputy; ${who.en} is ${ROLE_NAMES[signer.data.role].en} and cannot sign them. Write the leader or deputy who signed.`,
        ),
      );
    } else if (signer) {
      checkInOffice(context, meeting, ['minutes', 'signed_by'], signer.id, minutes.issued ?? m.date, {
        zh: '签发纪要',
        en: 'signed the minutes',
      });
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'convener-authority',
    clause: '五(一)、三(三)',
    severity: 'error',
    docs: message(
      '全体会议、专题会议和书面审议由组长召集(或由受委托的副组长召集,写 delegated: true),由组长或副组长主持;联络员会议由办公室(office)召开;印发的纪要由组长或副组长签发。',
      'Plenary and thematic meetings and written reviews are convened by the leader, or by a deputy with `delegated: true`, and chaired by the leader or a deputy; a liaison meeting is convened by `office`; issued minutes are signed by the leader or a deputy.',
    ),
  },
  check(context) {
    for (const meeting of context.records.meetings.values()) {
      checkConvener(context, meeting);
      checkDelegated(context, meeting);
      checkChair(context, meeting);
      checkSigner(context, meeting);
    }
  },
};
