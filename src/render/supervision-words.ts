// The words of the 督办通知 and 督办通报 [四(二)].
import { defineMessages } from '../core/messages.js';

export const supervisionWords = defineMessages({
  noticeTitle: { zh: '督办通知', en: 'Supervision notice' },
  circularTitle: { zh: '督办通报', en: 'Supervision circular' },
  salutation: { zh: '{unit}:', en: 'To: {unit}' },
  allMembers: { zh: '各成员单位', en: 'every member unit' },
  noticeBody: {
    zh: '根据领导小组工作督办制度[四(二)],截至{date},你单位牵头落实的以下{n}项事项尚未办结。请抓紧落实,并于{replyBy}前将落实情况书面反馈领导小组办公室。',
    en: 'Under the supervision system of the body [四(二)], as of {date} the following {n} {n|item|items} led by your unit {n|is|are} not yet done. Please carry {n|it|them} out without delay and report in writing to the office of the body by {replyBy}.',
  },
  noticeBodyNoReply: {
    zh: '根据领导小组工作督办制度[四(二)],截至{date},你单位牵头落实的以下{n}项事项尚未办结,请抓紧落实。',
    en: 'Under the supervision system of the body [四(二)], as of {date} the following {n} {n|item|items} led by your unit {n|is|are} not yet done. Please carry {n|it|them} out without delay.',
  },
  circularBody: {
    zh: '根据领导小组工作督办制度[四(二)],截至{date},{units}个单位牵头的{n}项事项未按期办结,现予通报。请有关单位抓紧落实。',
    en: 'Under the supervision system of the body [四(二)], as of {date} {n} {n|item|items} led by {units} {units|unit|units} {n|is|are} not done in time; they are circulated here. The units concerned are asked to carry them out without delay.',
  },
  circularReply: {
    zh: '请于{replyBy}前将落实情况书面反馈领导小组办公室。',
    en: 'Please report in writing to the office of the body by {replyBy}.',
  },
  unitHeading: { zh: '{unit}({n}项)', en: '{unit} ({n} {n|item|items})' },
  headers: { zh: '序号|事项|来源会议|牵头单位|落实时限|状态|逾期天数', en: 'No.|Item|Decided at|Lead|Due|State|Days late' },
  opinionItem: { zh: '{title}书面意见', en: 'written opinion on {title}' },
  difficulty: { zh: '{title}:{note}', en: '{title}: {note}' },
  difficulties: { zh: '落实中反映的困难', en: 'Difficulties reported' },
  office: { zh: '{body}办公室', en: 'The office of {body}' },
});
