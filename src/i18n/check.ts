// The texts of the checker (src/check/): the settings of the rules in yishi.yaml, and a rule that failed.
import { defineMessages } from '../core/messages.js';

export const CHECK = defineMessages({
  didYouMean: { zh: '你是不是想写“{close}”?', en: ' Did you mean "{close}"?' },
  unknownOption: { zh: '规则“{id}”没有选项“{name}”。{hint}', en: 'Rule "{id}" has no option "{name}".{hint}' },
  unknownOptionList: { zh: '可用选项:{known}。', en: ' Options: {known}.' },
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
