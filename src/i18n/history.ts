// The texts of the history commands: `yishi log` (what one commit changed in a record) and `yishi audit`
// (a sealed record changed). Task statuses are the shared vocabulary's.
import { defineMessages } from '../core/messages.js';

const SEALED = '会议“{meeting}”的纪要已在提交 {commit} 中印发';
const SEALED_EN = 'the minutes of meeting "{meeting}" were issued in commit {commit}';

/** `yishi audit`: why a change to a sealed record is a violation. */
export const AUDIT = defineMessages({
  meetingRemoved: {
    zh: `${SEALED},记录自此封存;本提交删除了该会议记录。`,
    en: 'The minutes of meeting "{meeting}" were issued in commit {commit}, which sealed its record; this commit deletes the meeting record.',
  },
  meetingRenamed: {
    zh: `${SEALED},记录自此封存;本提交把它改名为“{to}”。`,
    en: 'The minutes of meeting "{meeting}" were issued in commit {commit}, which sealed its record; this commit renames it to "{to}".',
  },
  meetingChanged: {
    zh: `${SEALED},记录自此封存;本提交改动了 {field}({before} → {after})。`,
    en: 'The minutes of meeting "{meeting}" were issued in commit {commit}, which sealed its record; this commit changes {field} ({before} → {after}).',
  },
  resolutionAdded: {
    zh: `${SEALED},此后不能再增加议定事项;本提交新增了“{id}”。`,
    en: `No resolution may be added after ${SEALED_EN}; this commit adds "{id}".`,
  },
  resolutionRemoved: {
    zh: `${SEALED},其议定事项不能删除;本提交删除了“{id}”。`,
    en: `A resolution cannot be deleted after ${SEALED_EN}; this commit deletes "{id}".`,
  },
  resolutionRenamed: {
    zh: `${SEALED},议定事项的 id 不能再改;本提交把“{from}”改名为“{to}”。`,
    en: `A resolution's id cannot change after ${SEALED_EN}; this commit renames "{from}" to "{to}".`,
  },
  resolutionUnreadable: {
    zh: `${SEALED};本提交中该文件有一个版本不是有效的 YAML,无法确认决定内容未被改动。`,
    en: 'The minutes of meeting "{meeting}" were issued in commit {commit}; one version of the file in this commit is not valid YAML, so the decision cannot be shown unchanged.',
  },
  decisionChanged: {
    zh: `${SEALED},决定内容不得再改;本提交改动了 {field}({before} → {after})。`,
    en: `The decision cannot change after ${SEALED_EN}; this commit changes {field} ({before} → {after}).`,
  },
  entryRemoved: {
    zh: `${SEALED},落实情况、延期、报批和替代记录只能追加;本提交删除了 {field}({before})。`,
    en: `After ${SEALED_EN}, progress, extensions, approval and superseded_by may only grow; this commit removes {field} ({before}).`,
  },
  entryEdited: {
    zh: `${SEALED},已记录的条目只能追加、不能修改;本提交改动了 {field}({before} → {after})。`,
    en: `After ${SEALED_EN}, recorded entries may only be appended, never edited; this commit changes {field} ({before} → {after}).`,
  },
  entryRedated: {
    zh: `${SEALED},已记录的条目只能追加、不能修改;本提交改了日期 {field}({before} → {after})。`,
    en: `After ${SEALED_EN}, recorded entries may only be appended, never edited; this commit re-dates {field} ({before} → {after}).`,
  },
});

/** `yishi audit` as text. */
export const AUDIT_TEXT = defineMessages({
  violation: { zh: '违规', en: 'violation' },
  clean: {
    zh: '核查了 {commits} 个提交、{sealed} 份已印发的会议纪要:已印发的记录未被改动。',
    en: 'Checked {commits} {commits|commit|commits} and {sealed} issued {sealed|meeting|meetings}: no sealed record was changed.',
  },
  found: {
    zh: '核查了 {commits} 个提交、{sealed} 份已印发的会议纪要:{n} 处违规。',
    en: 'Checked {commits} {commits|commit|commits} and {sealed} issued {sealed|meeting|meetings}: {n} {n|violation|violations}.',
  },
});

/** `yishi log`: one commit's change to a record, in the record's own terms. */
export const LOG = defineMessages({
  noHistory: { zh: '  (尚未提交到 git,没有历史)', en: '  (not committed to git yet: no history)' },
  changeSeparator: { zh: ';', en: '; ' },
  created: { zh: '新建', en: 'created' },
  deleted: { zh: '删除', en: 'deleted' },
  movedFrom: { zh: '由 {path} 移来', en: 'moved from {path}' },
  madeValid: { zh: '修复为有效的 YAML', en: 'made valid YAML again' },
  madeInvalid: { zh: '改动后不是有效的 YAML', en: 'changed into invalid YAML' },
  entryRemoved: { zh: '{field}删除 {entry}', en: '{field}: {entry} removed' },
  entryEdited: { zh: '{entry}: {before} → {after}', en: '{entry}: {before} → {after}' },
  progressAdded: { zh: '落实情况 + {status}({date})', en: 'progress + {status} ({date})' },
  progressAddedBy: { zh: '落实情况 + {status}({date},{by})', en: 'progress + {status} ({date}, {by})' },
  extended: { zh: '时限 {before} → {after}({by} 同意延期)', en: 'due {before} → {after} (extension granted by {by})' },
  minutesIssued: { zh: '纪要印发', en: 'minutes issued' },
  minutesIssuedWith: { zh: '纪要印发({details})', en: 'minutes issued ({details})' },
  listChanged: { zh: '{field} {parts}', en: '{field} {parts}' },
  reordered: { zh: '{field}顺序调整', en: '{field} reordered' },
  itemsAdded: { zh: '{field} + {n} 项', en: '{field} + {n}' },
  changed: { zh: '{field}已修改', en: '{field} changed' },
  valueAdded: { zh: '{field} + {value}', en: '{field} + {value}' },
  filled: { zh: '{field} 已填写', en: '{field} added' },
  removed: { zh: '{field} 已删除', en: '{field} removed' },
  valueChanged: { zh: '{field} {before} → {after}', en: '{field} {before} → {after}' },
  layoutOnly: { zh: '仅注释或格式', en: 'comments or layout only' },
});

/** How `yishi log` names a field of a record in Chinese (English shows the key). */
export const FIELD_NAMES = defineMessages({
  progress: { zh: '落实情况', en: 'progress' },
  extensions: { zh: '延期', en: 'extensions' },
  due: { zh: '时限', en: 'due' },
  lead: { zh: '牵头单位', en: 'lead' },
  responsible: { zh: '责任单位', en: 'responsible' },
  cooperating: { zh: '配合单位', en: 'cooperating' },
  text: { zh: '决定内容', en: 'text' },
  title: { zh: '标题', en: 'title' },
  attendees: { zh: '出席', en: 'attendees' },
  absent: { zh: '请假', en: 'absent' },
  topics: { zh: '议题', en: 'topics' },
  proceedings: { zh: '会议情况', en: 'proceedings' },
  holders: { zh: '担任者', en: 'holders' },
  liaisons: { zh: '联络员', en: 'liaisons' },
});
