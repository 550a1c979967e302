// The texts of supervision output (`yishi overdue` and `yishi tasks` in every format). The words for task
// statuses, item types and approvals are the shared vocabulary's (vocabulary.ts); here are the rest.
import { defineMessages } from '../core/messages.js';

/** Column headers. */
export const HEADERS = defineMessages({
  owner: { zh: '承办单位', en: 'owner' },
  role: { zh: '角色', en: 'role' },
  type: { zh: '类型', en: 'type' },
  id: { zh: '编号', en: 'id' },
  title: { zh: '事项', en: 'item' },
  due: { zh: '时限', en: 'due' },
  status: { zh: '状态', en: 'status' },
  days: { zh: '逾期', en: 'overdue' },
  meeting: { zh: '会议', en: 'meeting' },
  lead: { zh: '原牵头单位', en: 'original lead' },
  responsible: { zh: '责任单位', en: 'responsible' },
  cooperating: { zh: '配合单位', en: 'cooperating' },
  note: { zh: '备注', en: 'note' },
  level: { zh: '等级', en: 'level' },
  no: { zh: '序号', en: 'no.' },
  source: { zh: '来源会议', en: 'decided at' },
  currentLead: { zh: '牵头单位', en: 'lead' },
  dueDate: { zh: '落实时限', en: 'due' },
  overdueState: { zh: '逾期情况', en: 'overdue' },
  daysOverdue: { zh: '逾期天数', en: 'days overdue' },
});

export const SUPERVISION = defineMessages({
  // Item statuses that are not a task's.
  minutesDraft: { zh: '纪要草稿', en: 'draft' },
  minutesNone: { zh: '未起草', en: 'not drafted' },
  notHeld: { zh: '未召开', en: 'not held' },
  // Levels.
  overdue: { zh: '逾期', en: 'overdue' },
  dueSoon: { zh: '临期', en: 'due soon' },
  // The role of the unit asked for with --unit.
  roleSuccessor: { zh: '接替牵头', en: 'successor' },
  roleLead: { zh: '牵头', en: 'lead' },
  roleToAnswer: { zh: '应反馈', en: 'to answer' },
  roleOwner: { zh: '承办', en: 'owner' },
  roleFormerLead: { zh: '原牵头', en: 'former lead' },
  roleResponsible: { zh: '责任', en: 'responsible' },
  roleCooperating: { zh: '配合', en: 'cooperating' },
  // Days.
  daysOverdue: { zh: '逾期 {n} 天', en: '{n} {n|day|days} overdue' },
  dueToday: { zh: '今天到期', en: 'due today' },
  dueIn: { zh: '{n} 天后到期', en: 'due in {n} {n|day|days}' },
  // Names.
  office: { zh: '领导小组办公室', en: 'the office' },
  orphan: { zh: '{unit}已于 {left} 撤销,没有接替单位', en: '{unit} left the body on {left} with no successor' },
  plenaryOfYear: { zh: '{year}年全体会议', en: 'Plenary meeting of {year}' },
  difficulty: { zh: '困难:{note}', en: 'difficulty: {note}' },
  formerLead: { zh: '原牵头单位:{unit}', en: 'original lead: {unit}' },
  giveOpinion: { zh: '反馈书面审议意见', en: 'give the written-review opinion' },
  issueMinutes: { zh: '印发会议纪要', en: 'issue the minutes' },
});

/** The one-line summaries of `overdue` and `tasks`. */
export const SUMMARY = defineMessages({
  countTask: { zh: '议定事项 {n}', en: '{n} {n|task|tasks}' },
  countOpinion: { zh: '书面意见 {n}', en: '{n} {n|opinion|opinions}' },
  countMinutes: { zh: '会议纪要 {n}', en: '{n} minutes' },
  countPlenary: { zh: '全体会议 {n}', en: '{n} plenary {n|meeting|meetings}' },
  supervisionReply: { zh: '督办反馈', en: 'supervision reply' },
  countSupervision: { zh: '督办反馈 {n}', en: '{n} supervision {n|reply|replies}' },
  overdueSome: { zh: '逾期 {n} 项({kinds})', en: '{n} overdue ({kinds})' },
  overdueNone: { zh: '没有逾期事项', en: 'nothing overdue' },
  overdueNoneForUnit: { zh: '没有逾期', en: 'nothing overdue' },
  soonWithin: { zh: '{days} 日内到期 {n} 项({kinds})', en: '{n} due within {days} {days|day|days} ({kinds})' },
  soon: { zh: '即将到期 {n} 项({kinds})', en: '{n} due soon ({kinds})' },
  soonNone: { zh: '{days} 日内没有到期事项', en: 'nothing due within {days} {days|day|days}' },
  overdueLine: { zh: '截至 {asOf},{parts}。', en: 'As of {asOf}, {parts}.' },
  overdueLineForUnit: { zh: '截至 {asOf},涉及{unit}的事项:{parts}。', en: 'As of {asOf}, concerning {unit}: {parts}.' },
  tasksLine: {
    zh: '截至 {asOf},共 {total} 项任务:{parts};其中逾期 {overdue} 项。',
    en: 'As of {asOf}, {total} {total|task|tasks}: {parts}; {overdue} overdue.',
  },
  statusCount: { zh: '{status} {n}', en: '{n} {status}' },
  partsSeparator: { zh: ';', en: '; ' },
});

/** `yishi tasks show`: one task whole. */
export const TASK_DETAIL = defineMessages({
  decidedAt: { zh: '{title}({meeting}),第 {no} 项', en: '{title} ({meeting}), item {no}' },
  decidedAtOn: { zh: '{title}({meeting}),第 {no} 项,{date}', en: '{title} ({meeting}), item {no}, {date}' },
  kind: { zh: '类型', en: 'kind' },
  decisionOnly: { zh: '决定事项(无牵头单位,无需跟踪落实)', en: 'a decision without a lead: no follow-up' },
  lead: { zh: '牵头单位', en: 'lead' },
  succession: { zh: ';席位接替:{chain}', en: '; succession: {chain}' },
  ended: { zh: ';已于 {left} 撤销,没有接替单位', en: '; left the body on {left} with no successor' },
  due: { zh: '落实时限', en: 'due' },
  extended: {
    zh: '{due}(原定 {first},延期 {n} 次)',
    en: '{due} (first set to {first}; extended {n} {n|time|times})',
  },
  statusWithDays: { zh: '{status},{days}', en: '{status}, {days}' },
  supersededBy: { zh: '替代', en: 'superseded by' },
  aside: { zh: '{main}({aside})', en: '{main} ({aside})' },
  approval: { zh: '报批', en: 'approval' },
  approvalState: { zh: '{to}:{state}', en: '{to}: {state}' },
  approvalStateOn: { zh: '{to}:{state}({date})', en: '{to}: {state} ({date})' },
  decision: { zh: '议定内容', en: 'Decision' },
  extensions: { zh: '延期', en: 'Extensions' },
  progress: { zh: '落实情况', en: 'Progress' },
  noProgress: { zh: '尚无落实情况报告。', en: 'No progress reported yet.' },
});
