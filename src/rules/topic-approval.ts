// topic-approval [五(二)]: the topics of plenary and thematic meetings are proposed by member units and
// approved (审定) by the leader or a deputy. A planned meeting's agenda may still be under review, so only a
// held meeting must name both; a name that is given is checked either way.
import { message } from '../core/diagnostic.js';
import { inOfficeOn } from '../model/in-office-on.js';
import { meetingKindName } from '../model/meeting-kind-name.js';
import { memberLabel } from '../model/member-label.js';
import { isHeld } from '../model/plenary-years.js';
import { defineRule } from './rule.js';

export const rule = defineRule({
  meta: {
    id: 'topic-approval',
    clause: '五(二)',
    severity: 'error',
    docs: message(
      '全体会议和专题会议的每个议题写明提出议题的成员单位(proposed_by),并由组长或副组长审定(approved_by)。',
      'Every topic of a plenary or thematic meeting names the member that proposed it (`proposed_by`) and is approved by the leader or a deputy (`approved_by`).',
    ),
    messages: {
      noProposer: {
        zh: '议题“{title}”没有写明提出单位。{kind}的议题由相关成员单位提出;请填写 proposed_by(成员 id)。',
        en: 'The topic "{title}" does not say who proposed it. Topics of a {kind} are proposed by member units: add proposed_by (a member id).',
      },
      proposerNotInOffice: {
        zh: '{who}在会议当天({date})不是领导小组成员,不能提出议题;请写当时的成员单位(席位撤销后由接替单位提出)。',
        en: '{who} was not a member of the body on the day of the meeting ({date}) and cannot propose a topic; write the member then in office (after a seat ended, its successor).',
      },
      noApprover: {
        zh: '议题“{title}”没有写明审定人。议题经办公室汇总审核后报组长或副组长审定;请填写 approved_by(组长或副组长的成员 id)。',
        en: 'The topic "{title}" does not say who approved it. Topics are approved by the leader or a deputy: add approved_by (the member id of the leader or a deputy).',
      },
      approverNotLeader: {
        zh: '{who}不是组长或副组长,不能审定议题。议题报组长或副组长审定;请写审定该议题的组长或副组长。',
        en: '{who} is not the leader or a deputy and cannot approve a topic. Topics are approved by the leader or a deputy: write the one who approved it.',
      },
      approverNotInOffice: {
        zh: '{who}在会议当天({date})不是领导小组成员,不能审定议题;请写当时在任的组长或副组长。',
        en: '{who} was not a member of the body on the day of the meeting ({date}) and cannot have approved the topic; write the leader or deputy then in office.',
      },
    },
  },
  check(context) {
    const { records } = context;
    for (const meeting of records.meetings.values()) {
      const m = meeting.data;
      if (m.kind !== 'plenary' && m.kind !== 'thematic') continue;
      const kind = meetingKindName(m.kind);
      const held = isHeld(m, context.today);
      (m.topics ?? []).forEach((topic, i) => {
        const at = ['topics', i];

        if (topic.proposed_by === undefined) {
          if (held) context.report(meeting, [...at, 'proposed_by'], 'noProposer', { title: topic.title, kind });
        } else {
          const proposer = records.members.get(topic.proposed_by);
          if (proposer && !inOfficeOn(proposer.data, m.date, records)) {
            const who = memberLabel(records, proposer.id);
            context.report(meeting, [...at, 'proposed_by'], 'proposerNotInOffice', { who, date: m.date });
          }
        }

        if (topic.approved_by === undefined) {
          if (held) context.report(meeting, [...at, 'approved_by'], 'noApprover', { title: topic.title });
          return;
        }
        const approver = records.members.get(topic.approved_by);
        if (!approver) return;
        const who = memberLabel(records, approver.id);
        if (approver.data.role === 'member') {
          context.report(meeting, [...at, 'approved_by'], 'approverNotLeader', { who });
        } else if (!inOfficeOn(approver.data, m.date, records)) {
          context.report(meeting, [...at, 'approved_by'], 'approverNotInOffice', { who, date: m.date });
        }
      });
    }
  },
});
