// The texts of the history commands: `yishi log` (what one commit changed in a record) and `yishi audit`
// (a sealed record changed; its reasons are in history/audit-messages.ts). Task statuses are the vocabulary's.
import { defineMessages } from '../core/messages.js';

/** `yishi audit` as text. */
export const AUDIT_TEXT = defineMessages({
  violation: { zh: '违规', en: 'violation' },
  note: { zh: '提示', en: 'note' },
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
