// The texts of the schema check (src/schema/): what a record breaks of its JSON Schema, in words.
// {field} and {label} are the field's name as the sentence needs it (fieldName / fieldLabel below), or empty.
import { defineMessages } from '../core/messages.js';

export const SCHEMA = defineMessages({
  fieldName: { zh: '“{name}”', en: '{name}: ' },
  fieldLabel: { zh: '“{name}”', en: '"{name}" ' },
  fieldTitle: { zh: '({title})', en: ' ({title})' },
  didYouMean: { zh: '你是不是想写“{guess}”?', en: ' Did you mean "{guess}"?' },
  emptyFile: {
    zh: '文件没有内容(空文件,或只有注释)。请写入记录的各个字段,或删除这个文件。',
    en: 'The file has no content (empty, or comments only). Write the fields of the record, or delete the file.',
  },
  unknownFieldGuess: { zh: '未知的字段“{extra}”。{guess}', en: 'Unknown field "{extra}".{guess}' },
  unknownField: { zh: '未知的字段“{extra}”。此处允许的字段:{known}。', en: 'Unknown field "{extra}". Fields allowed here: {known}.' },
  missingField: { zh: '缺少必填字段“{missing}”{title}。', en: 'Missing required field "{missing}"{title}.' },
  notAllowed: {
    zh: '{field}的值“{value}”不在允许范围内,可选:{allowed}。{guess}',
    en: '{field}"{value}" is not an allowed value; use one of: {allowed}.{guess}',
  },
  notTheConstant: { zh: '{label}的值应为 {value}。', en: '{label}must be {value}.' },
  notADay: { zh: '{field}的日期“{value}”在日历上不存在。', en: '{field}"{value}" is not a real calendar date.' },
  notADate: {
    zh: '{field}的日期“{value}”格式不对,应写成 YYYY-MM-DD,例如 2024-03-15。{hint}',
    en: '{field}"{value}" is not a date; write YYYY-MM-DD, e.g. 2024-03-15.{hint}',
  },
  notAnId: {
    zh: '{field}的值“{value}”不是有效的 id:id 只能由小写英文字母、数字和单个连字符组成。{hint}',
    en: '{field}"{value}" is not a valid id: ids are lowercase ASCII letters and digits joined by single hyphens.{hint}',
  },
  notATime: {
    zh: '{field}的时间“{value}”格式不对,应写成 HH:MM(24 小时制,时和分各两位),例如 "09:30"。{hint}',
    en: '{field}"{value}" is not a time; write HH:MM (24-hour, two digits each), e.g. "09:30".{hint}',
  },
  notAFilePath: {
    zh: '{field}的路径“{value}”不对:材料文件的路径从记录文件夹写起,用“/”分隔,不能以“/”或盘符开头,不能含“..”或“\\”,例如 materials/2025/<会议id>/签到表.pdf。',

    en: '{field}"{value}" is not a path inside the record folder: write it from the top of the folder with "/" separators, not starting with "/" or a drive letter, without ".." or "\\", e.g. materials/2025/<meeting-id>/sign-in.pdf.',
  },
  notASha256: {
    zh: '{field}的值“{value}”不是 SHA-256 校验值:应为 64 位十六进制字符(0-9、a-f)。',
    en: '{field}"{value}" is not a SHA-256 hash: it is 64 hexadecimal characters (0-9, a-f).',
  },
  // {token} is the template's own "{n}", {example} a template: given as values so they are not read as placeholders.
  noMinutesNumber: {
    zh: '{field}的模板“{value}”缺少 {token}(纪要的序号),例如 "{example}"。',
    en: '{field}"{value}" lacks {token} (the number of the minutes), e.g. "{example}".',
  },
  wrongType: { zh: '{label}应为{type}。{hint}', en: '{label}must be {type}.{hint}' },
  wrongTypeOfRecord: { zh: '应为{type}。{hint}', en: 'Must be {type}.{hint}' },
  typeOr: { zh: '或', en: ' or ' },
  listDash: { zh: '列表项要以英文半角“-”加空格开头。', en: ' List items start with an ASCII "-" and a space.' },
  // {shape} is the mapping form, written with braces: given as a value so it is not read as a placeholder.
  ruleSetting: {
    zh: '规则“{name}”的设置应为 off、warn、error 之一,或写成 {shape}。',
    en: 'The setting of rule "{name}" must be off, warn or error, or {shape}.',
  },
  ruleSettingShape: { zh: '{ severity: …, 选项: … }', en: '{ severity: …, option: … }' },
  memberOrEntry: {
    zh: '{label}的写法不符合要求:应为成员 id,或包含 member 字段的条目。',
    en: '{label}has the wrong shape: write a member id, or an entry with a member field.',
  },
  missingCompanion: { zh: '写了“{property}”就必须同时写“{missing}”。', en: '"{property}" requires "{missing}" as well.' },
  // ajv's own words (ajv-i18n's in Chinese), for a keyword without a dedicated sentence.
  ajvWords: { zh: '{subject}{words}。', en: '{subject} {words}.' },
  quotedField: { zh: '“{name}”', en: '"{name}"' },
  theRecord: { zh: '记录', en: 'The record' },
  unitNameForId: { zh: '这里要写成员 id,不是单位名称:{list}。', en: "Write the member id, not the unit's name: {list}." },
  unitsSeparator: { zh: ',', en: ', ' },
  unitsId: { zh: '{unit} 的 id 是“{id}”', en: 'the id of {unit} is "{id}"' },
});

/** The JSON Schema types, as a sentence names what a value must be. */
export const SCHEMA_TYPES = defineMessages({
  string: { zh: '文本', en: 'text' },
  integer: { zh: '整数', en: 'a whole number' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '由“键: 值”组成的映射', en: 'a mapping of "key: value"' },
  null: { zh: '空值', en: 'null' },
});
