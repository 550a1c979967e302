// The words of `yishi supervise` and its reply and close.
import { defineMessages, say, type ParamArgs } from '../core/messages.js';
import { refusal, usageError, type WriteRefused } from './write-refused.js';

export const superviseMessages = defineMessages({
  noItem: { zh: '--items:找不到议定事项或会议“{id}”。', en: '--items: no resolution or meeting "{id}".' },
  notATask: { zh: '“{id}”不是任务(没有牵头单位),不能督办。', en: '"{id}" is not a task (it has no lead) and cannot be supervised.' },
  notOpen: {
    zh: '任务“{id}”在 {date} 已办结或已被替代,不再督办。',
    en: 'Task "{id}" is done or superseded as of {date}; it is not supervised.',
  },
  notTheUnits: {
    zh: '任务“{id}”由 {owner} 负责,不是 {unit} 的任务;督办通知只列督办对象自己的任务。',
    en: 'Task "{id}" is owned by {owner}, not by {unit}; a notice lists only the tasks of the unit it is sent to.',
  },
  notAWrittenReview: {
    zh: '会议“{id}”不是书面审议;以会议为督办事项时,只督办未反馈的书面意见。',
    en: 'Meeting "{id}" is not a written review; a meeting is supervised only for a missing written opinion.',
  },
  nothingForUnit: {
    zh: '{unit} 在 {date} 没有逾期的事项(已发督办且未到反馈时限的除外);可用 --items 指定。',
    en: '{unit} has nothing overdue on {date} (leaving out items of notices still awaiting their reply); choose items with --items.',
  },
  nothingForUnitWithin: {
    zh: '{unit} 在 {date} 没有逾期或 {n} 天内到期的事项(已发督办且未到反馈时限的除外);可用 --items 指定。',
    en: '{unit} has nothing overdue or due within {n} {n|day|days} on {date} (leaving out items of notices still awaiting their reply); choose items with --items.',
  },
  unitWithCircular: {
    zh: '--circular(督办通报)发给全体成员,不能同时写 --unit。',
    en: '--circular goes to every member; it does not take --unit.',
  },
  replyByBeforeDate: { zh: '--reply-by {replyBy} 早于发出日期 {date}。', en: '--reply-by {replyBy} is before the date sent, {date}.' },
  replyWhenClosed: {
    zh: '督办文书“{id}”已于 {closed} 销号,不再追加反馈。',
    en: 'Supervision record "{id}" was closed on {closed}; it takes no further reply.',
  },
  replyBeforeLast: {
    zh: '反馈按时间顺序追加:最后一条反馈的日期是 {last},新反馈的日期 {date} 不能早于它。',
    en: 'Replies are appended in time order: the last one is dated {last}, so a new one cannot be dated {date}.',
  },
  replyBeforeSent: { zh: '反馈日期 {date} 早于督办发出日期 {sent}。', en: 'The reply date {date} is before the record was sent ({sent}).' },
  circularNeedsBy: {
    zh: '督办通报发给全体成员,请用 --by 写明反馈的成员。',
    en: 'A circular goes to every member; say which member replies with --by.',
  },
  alreadyClosed: { zh: '督办文书“{id}”已于 {closed} 销号。', en: 'Supervision record "{id}" was already closed on {closed}.' },
  closeBeforeSent: {
    zh: '销号日期 {date} 早于督办发出日期 {sent}。',
    en: 'The closing date {date} is before the record was sent ({sent}).',
  },
  commentKind: { zh: '{kind}', en: 'supervision {kind}' },
  commentDate: { zh: '发出日期', en: 'date sent' },
  commentTo: { zh: '督办对象', en: 'the unit supervised' },
  commentReplyWithin: { zh: '反馈时限({n} 个工作日)', en: 'reply due ({n} working {n|day|days})' },
  commentReplyBy: { zh: '反馈时限', en: 'reply due' },
  commentSignedBy: { zh: '签发', en: 'signed by' },
  commentNext: {
    zh: '反馈用 yishi supervise reply 追加,销号用 yishi supervise close',
    en: 'replies are added with yishi supervise reply, the closing with yishi supervise close',
  },
});

type M = typeof superviseMessages;

export function refuse<K extends keyof M & string>(key: K, ...args: ParamArgs<M[K]>): WriteRefused {
  const m = say(superviseMessages, key, ...args);
  return refusal(m);
}

export function misuse<K extends keyof M & string>(key: K, ...args: ParamArgs<M[K]>): WriteRefused {
  const m = say(superviseMessages, key, ...args);
  return usageError(m);
}
