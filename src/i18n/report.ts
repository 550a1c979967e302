// The texts of the report formats of `validate` and `rules` (src/report/): severities, summaries, headers.
import { defineMessages } from '../core/messages.js';

/** `validate --format text`. */
export const FINDINGS = defineMessages({
  // The English words are padded to one width so that the messages line up.
  error: { zh: '错误', en: 'error  ' },
  warning: { zh: '警告', en: 'warning' },
  note: { zh: '提示', en: 'note   ' },
  clean: { zh: '检查了 {files} 个文件,没有发现问题。', en: 'Checked {files} {files|file|files}: no problems.' },
  found: {
    zh: '检查了 {files} 个文件:{errors} 个错误,{warnings} 个警告。',
    en: 'Checked {files} {files|file|files}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.',
  },
});

/** `yishi rules`. */
export const RULES_LIST = defineMessages({
  levelError: { zh: '错误', en: 'error' },
  levelWarn: { zh: '警告', en: 'warn' },
  levelOff: { zh: '关闭', en: 'off' },
  headRule: { zh: '规则', en: 'rule' },
  headSeverity: { zh: '级别', en: 'severity' },
  headClause: { zh: '条款', en: 'clause' },
  headDescription: { zh: '说明', en: 'description' },
  optionValue: { zh: '{name} = {value}', en: '{name} = {value}' },
  optionChanged: { zh: '{name} = {value}(默认 {default})', en: '{name} = {value} (default {default})' },
  option: { zh: '选项 {value}:{description}', en: 'option {value}: {description}' },
  sourceNone: {
    zh: '不在记录文件夹中:以上为默认级别。在 yishi.yaml 的 rules: 下可把规则设为 off、warn 或 error。',
    en: 'Not in a record folder: these are the default severities. Set a rule to off, warn or error under rules: in yishi.yaml.',
  },
  sourceUnreadable: {
    zh: 'yishi.yaml 无法读取或不符合格式:以上为默认级别。运行 yishi validate 查看问题。',
    en: 'yishi.yaml could not be read or is not valid: these are the default severities. Run yishi validate to see why.',
  },
  sourceBody: { zh: '以上为“{name}”的设置。', en: 'Severities as set for "{name}".' },
  sourceBodyChanged: {
    zh: '以上为“{name}”的设置;* 表示 yishi.yaml 改变了默认设置。',
    en: 'Severities as set for "{name}"; * marks a setting changed in yishi.yaml.',
  },
  mdRule: { zh: '规则', en: 'Rule' },
  mdClause: { zh: '通知条款', en: 'Clause' },
  mdChecks: { zh: '检查内容', en: 'What it checks' },
  mdDefault: { zh: '默认级别', en: 'Default severity' },
  // The English level words are the values themselves: English shows the value only ({level} is empty there).
  mdDefaultLevel: { zh: '{level}(`{value}`)', en: '{level}`{value}`' },
});
