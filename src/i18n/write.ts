// The texts of the write commands (`new`, `progress`, `extend`, `issue`, `init`): why a change is refused, and
// the comments written into new record files (in the body's language).
import { defineMessages } from '../core/messages.js';

/** A write that does not happen: a usage mistake (exit 2) or a change the records do not allow (exit 1). */
export const REFUSED = defineMessages({
  noDueToExtend: {
    zh: '议定事项“{id}”没有落实时限,无需延期。',
    en: 'Resolution "{id}" has no due date, so there is nothing to extend.',
  },
  notLater: {
    zh: '延期后的时限 {due} 必须晚于现在的时限 {current}。',
    en: 'The extended due date {due} must be later than the current one, {current}.',
  },
  noLeadSayBy: {
    zh: '议定事项“{id}”没有牵头单位(是无需落实的决定),请用 --by 写明由哪个成员报告。',
    en: 'Resolution "{id}" has no lead (a decision without follow-up); say who reports with --by.',
  },
  progressOutOfOrder: {
    zh: '落实情况只能按时间顺序追加:最后一条的日期是 {date},新条目的日期 {inputDate} 不能早于它。',
    en: 'Progress is appended in time order: the last entry is dated {date}, so a new entry cannot be dated {inputDate}.',
  },
  alreadyIssued: {
    zh: '会议“{id}”的纪要已于 {issued} 印发({number}),记录已封存,不能再次印发。',
    en: 'The minutes of meeting "{id}" were already issued on {issued} ({number}); the record is sealed.',
  },
  unfilled: {
    zh: '会议“{id}”的记录还有待填写的内容:{fields}。请先补齐(见文件中的 TODO),再印发纪要。',
    en: 'The record of meeting "{id}" still has fields to fill in: {fields}. Fill them in (see the TODOs in the file) before issuing the minutes.',
  },
  issuedBeforeMeeting: {
    zh: '纪要不能在会议({date})之前印发:印发日期是 {inputDate}。',
    en: 'Minutes cannot be issued ({inputDate}) before the meeting ({date}).',
  },
  noNumber: { zh: '无文号', en: 'no number' },
  noNumberTemplate: {
    zh: 'yishi.yaml 中没有纪要编号模板(minutes_number),请用 --number 写明纪要文号。',
    en: 'yishi.yaml has no minutes number template (minutes_number); give the number with --number.',
  },
  numberUsed: {
    zh: '文号“{number}”已用于会议“{id}”的纪要。',
    en: 'The number "{number}" is already used by the minutes of meeting "{id}".',
  },
  numberUsedCheck: {
    zh: '文号“{number}”已用于会议“{id}”的纪要。请检查已印发纪要的文号,或用 --number 指定。',
    en: 'The number "{number}" is already used by the minutes of meeting "{id}". Check the numbers of issued minutes, or give one with --number.',
  },
  fromBeforeEstablished: {
    zh: '--from {from} 早于领导小组成立日期 {established}。',
    en: '--from {from} is before the body was established ({established}).',
  },
  leadAndDue: {
    zh: '需要落实的事项要同时写明牵头单位(--lead)和落实时限(--due);无需落实的决定两者都不写。',
    en: 'A task needs both a lead (--lead) and a due date (--due); a decision without follow-up has neither.',
  },
  dueBeforeMeeting: {
    zh: '--due {due} 早于会议日期 {date}。',
    en: '--due {due} is before the meeting ({date}).',
  },
  sealed: {
    zh: '会议“{id}”的纪要已印发({number}),记录已封存,不能再增加议定事项。新的决定请记入以后的会议。',
    en: 'The minutes of meeting "{id}" are issued ({number}); the record is sealed and takes no new resolution. Record a new decision at a later meeting.',
  },
  noUsed: {
    zh: '会议“{id}”已有第 {no} 项议定事项。',
    en: 'Meeting "{id}" already has a resolution no {no}.',
  },
  badTime: {
    zh: '--time 的值“{time}”不是有效时间,应写成 HH:MM,例如 09:30。',
    en: '--time "{time}" is not a time; write HH:MM, e.g. 09:30.',
  },
  noLeader: {
    zh: '{date} 没有在任的组长,请用 --convener 写明召集人(受委托的副组长)。',
    en: 'No leader is in office on {date}; name the convener (a delegated deputy) with --convener.',
  },
  badId: {
    zh: 'id“{id}”无效:只能由小写英文字母、数字和单个连字符组成,例如 mz、2024-03-15-plenary。',
    en: 'The id "{id}" is not valid: lowercase ASCII letters and digits joined by single hyphens, e.g. mz, 2024-03-15-plenary.',
  },
  idUsed: {
    zh: '已有{kind}“{id}”,请换一个 id。',
    en: 'There is already a {kind} "{id}"; choose another id.',
  },
  fileExists: {
    zh: '文件 {path} 已存在,不会覆盖。',
    en: 'The file {path} exists and is not overwritten.',
  },
  unreadable: {
    zh: '{kind}“{id}”的文件有错误,无法读取;请先运行 yishi validate 并改正。',
    en: 'The file of {kind} "{id}" has errors and cannot be read; run yishi validate and fix it first.',
  },
});

/** The comments of a new record file, and its TODO lines. */
export const RECORD_COMMENTS = defineMessages({
  numberInMinutes: { zh: '在会议纪要中的序号', en: 'its number in the minutes' },
  leadUnit: { zh: '牵头单位', en: 'lead unit' },
  responsibleUnits: { zh: '责任单位', en: 'responsible units' },
  cooperatingUnits: { zh: '配合单位', en: 'cooperating units' },
  dueDate: { zh: '落实时限', en: 'due date' },
  progressHowTo: {
    zh: '落实情况用 yishi progress 追加,延期用 yishi extend 追加',
    en: 'progress is added with yishi progress, extensions with yishi extend',
  },
  dutyHolder: { zh: '成员 id,或 group 领导小组、office 办公室、townships 各乡镇', en: 'a member id, or group, office, townships' },
  orderInNotice: { zh: '在通知中的排列顺序', en: 'place in the notice' },
  holders: { zh: '担任者,先任在前', en: 'holders, oldest first' },
  liaisons: { zh: '联络员', en: 'liaison officers' },
  liaisonsTodo: {
    zh: 'liaisons: 联络员(name、from,可选 phone 办公电话)',
    en: 'liaisons: liaison officers (name, from, optional work phone)',
  },
});

/** `yishi new meeting`: the title it proposes and the comments of the new file. */
export const MEETING_FILE = defineMessages({
  title: { zh: '{year}年第{nth}次{kind}', en: '{kind} {nth}, {year}' },
  attendeesAll: { zh: '{date} 在任的全部成员;未出席的移到 absent', en: 'every member in office on {date}; move those absent to absent' },
  attendeesInvited: {
    zh: '{date} 在任的全部成员;未出席的移到 absent,未邀请的删去',
    en: 'every member in office on {date}; move those absent to absent, delete those not invited',
  },
  attendeesLiaison: {
    zh: '{date} 设有联络员的成员;未出席的移到 absent',
    en: 'members with a liaison officer on {date}; move those absent to absent',
  },
  decisionDate: { zh: '作出决定之日', en: 'the date of the decision' },
  reviewTopics: {
    zh: 'topics: 审议事项(title,proposed_by 提出单位,approved_by 签批人)',
    en: 'topics: items under review (title, proposed_by, approved_by)',
  },
  circulated: { zh: '送审日期,请核对', en: 'date circulated: check it' },
  respondBy: { zh: '反馈截止日期,请核对', en: 'deadline for opinions: check it' },
  participants: { zh: '{date} 在任的全部成员', en: 'every member in office on {date}' },
  responses: {
    zh: 'responses: 书面意见(member、date、opinion: agree | disagree | comment)',
    en: 'responses: written opinions (member, date, opinion: agree | disagree | comment)',
  },
  outcome: { zh: 'outcome: | 审议结果', en: 'outcome: | the result of the review' },
  location: { zh: '会议地点', en: 'where the meeting was held' },
  topics: {
    zh: 'topics: 议题(title,proposed_by 提出单位,approved_by 审定人)',
    en: 'topics: agenda items (title, proposed_by, approved_by)',
  },
  recorder: { zh: '记录人', en: 'who kept the record' },
  proceedings: { zh: '会议情况:汇报、讨论和议定的内容', en: 'what was reported, discussed and agreed' },
  issueWhenIssued: { zh: '纪要印发时运行 yishi issue', en: 'run yishi issue when the minutes are issued' },
  convenerLiaison: { zh: '联络员会议由办公室主任召开', en: 'liaison meetings are convened by the office director' },
  proposedByDeputy: { zh: '副组长受组长委托签批提出', en: 'proposed by a deputy on the leader’s delegation' },
  proposedByLeader: { zh: '组长签批提出', en: 'proposed by the leader' },
  convenedByDeputy: { zh: '副组长受组长委托召集', en: 'a deputy convenes on the leader’s delegation' },
  convenedByLeader: { zh: '组长召集', en: 'convened by the leader' },
});

/** What the write procedure (write/write-records.ts) says: refusals, findings the change would add, the lock. */
export const writeMessages = defineMessages({
  refused: { zh: '未写入:{reason}', en: 'Nothing written: {reason}' },
  notYaml: {
    zh: '未写入:文件不是有效的 YAML({reason}),请先运行 yishi validate 并改正。',
    en: 'Nothing written: the file is not valid YAML ({reason}); run yishi validate and fix it first.',
  },
  addsErrors: {
    zh: '未写入:这项改动会给记录带来 {n} 个错误(见下),{paths} 保持原样。',
    en: 'Nothing written: this change would add {n} {n|error|errors} to the records (below); {paths} {files|is|are} left as {files|it was|they were}.',
  },
  existingErrors: {
    zh: '注意:记录文件夹中已有 {n} 个与本次改动无关的错误,不影响本次写入;运行 yishi validate 查看。',
    en: 'Note: the record folder already has {n} {n|error|errors} unrelated to this change, which do not block it; run yishi validate to see them.',
  },
  cannotWrite: {
    zh: '无法写入 {path}（{reason}）。请检查文件夹是否可写、文件是否被其他程序打开。',
    en: 'Could not write {path} ({reason}). Check that the folder can be written to and the file is not open in another program.',
  },
  changedWhileReading: {
    zh: '未写入:{path} 在 yishi 读取记录文件夹期间被其他程序改动了。请保存好那边的修改,再运行一次。',
    en: 'Nothing written: {path} was changed by another program while yishi was reading the record folder. Save the changes there and run this again.',
  },
  busy: {
    zh: '未写入:另一个 yishi 命令(进程 {pid},{host})正在写这个记录文件夹,等待 {seconds} 秒后仍未结束。请稍后再运行一次。',
    en: 'Nothing written: another yishi command (process {pid} on {host}) is writing to this record folder and had not finished after {seconds} seconds. Run this again in a moment.',
  },
});
