// The texts of the checker (src/check/): the settings of the rules in yishi.yaml, and a rule that failed.
import { defineMessages } from '../core/messages.js';

export const CHECK = defineMessages({
  didYouMean: { zh: '你是不是想写“{close}”?', en: ' Did you mean "{close}"?' },
  unknownOption: { zh: '规则“{id}”没有选项“{name}”。{hint}', en: 'Rule "{id}" has no option "{name}".{hint}' },
  unknownOptionList: { zh: '可用选项:{known}。', en: ' Options: {known}.' },
  badTimezone: {
    zh: '“{timezone}”不是有效的时区名称,请写 IANA 时区名,例如 Asia/Shanghai。',
    en: '"{timezone}" is not a time zone; write an IANA name such as Asia/Shanghai.',
  },
  rule: { zh: '规则', en: 'rule' },
  listRules: { zh: '运行 yishi rules 查看全部规则。', en: 'Run yishi rules to list them.' },
  noOptions: { zh: '该规则没有选项。', en: ' It takes no options.' },
  optionType: { zh: '规则“{id}”的选项“{name}”应为{type}。', en: 'Option "{name}" of rule "{id}" must be {type}.' },
  typeInteger: { zh: '整数', en: 'a whole number' },
  typeIntegerAtLeast: { zh: '整数(不小于 {minimum})', en: 'a whole number (at least {minimum})' },
  typeBoolean: { zh: 'true 或 false', en: 'true or false' },
  typeString: { zh: '文本', en: 'text' },
  typeChoice: { zh: ' {choices} 之一', en: 'one of {choices}' },
  ruleFailed: {
    zh: '规则“{id}”无法完成检查:{error}。这是 yishi 的缺陷,请报告。',
    en: 'Rule "{id}" could not finish: {error}. This is a bug in yishi; please report it.',
  },
});

/** The layout of the record folder: unique ids, and records in the folder of their year. */
export const LAYOUT = defineMessages({
  duplicateId: {
    zh: 'id“{id}”重复:{earlier} 已使用该 id。同类记录的 id 必须唯一。',
    en: 'Duplicate id "{id}": {earlier} has it already. Ids are unique within their kind.',
  },
  heldInOtherYear: {
    zh: '所属{named}在 {year} 年召开,文件却在 {folder}/{yearFolder}/ 中。请移到 {folder}/{year}/。',
    en: 'Its {named} was held in {year} but the file is in {folder}/{yearFolder}/. Move it to {folder}/{year}/.',
  },
  datedOtherYear: {
    zh: '{kind}日期在 {year} 年,文件却在 {folder}/{yearFolder}/ 中。请移到 {folder}/{year}/。',
    en: 'The {kind} is dated {year} but the file is in {folder}/{yearFolder}/. Move it to {folder}/{year}/.',
  },
});
