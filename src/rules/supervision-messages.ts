// The words of the supervision rule [四(二)].
import { defineMessages } from '../core/messages.js';

export const supervisionRuleMessages = defineMessages({
  docs: {
    zh: '督办通知的事项是其督办对象(已撤并的为接替单位)在发出之日尚未办结的任务;反馈时限和销号日期不早于发出日期;反馈来自督办对象,按日期先后排列,不晚于今天。',
    en: "A notice's items are tasks its unit (after succession, the successor) owned and had not finished on its date; reply_by and closed are not before date; replies come from that unit, in date order, not after today.",
  },
  noticeWithoutTo: {
    zh: '督办通知(kind: notice)须写明督办对象 to(成员 id)。',
    en: 'A notice (kind: notice) names the member it is sent to in to (a member id).',
  },
  circularWithTo: {
    zh: '督办通报(kind: circular)发给全体成员,不写 to;若只发给一个单位,请改为 kind: notice。',
    en: 'A circular (kind: circular) goes to every member and has no to; if it went to one unit, write kind: notice.',
  },
  notATask: {
    zh: '“{id}”不是任务(没有牵头单位 lead),不能督办。',
    en: '"{id}" is not a task (it has no lead) and cannot be supervised.',
  },
  notTheUnits: {
    zh: '任务“{id}”在 {date} 由{owner}负责,不是督办对象{to}的任务。请核对 to 或督办事项。',
    en: 'Task "{id}" was owned by {owner} on {date}, not by {to}, the unit the notice is sent to. Check to or the items.',
  },
  notOpen: {
    zh: '任务“{id}”在 {date} 已办结或已被替代,不再督办。',
    en: 'Task "{id}" was done or superseded by {date}; it is no longer supervised.',
  },
  notAWrittenReview: {
    zh: '会议“{id}”不是书面审议;以会议 id 为督办事项时,只能督办书面审议中未反馈的意见。',
    en: 'Meeting "{id}" is not a written review; a meeting named as an item stands for a missing written opinion.',
  },
  opinionNotMissing: {
    zh: '{to}在 {date} 前已对书面审议“{id}”反馈意见,或不在征求意见范围内,无需督办。',
    en: '{to} had given its opinion on written review "{id}" by {date}, or was not asked for one; there is nothing to supervise.',
  },
  replyByBeforeDate: {
    zh: '反馈时限 {replyBy} 早于发出日期 {date}。',
    en: 'reply_by {replyBy} is before the date sent, {date}.',
  },
  replyNotByUnit: {
    zh: '反馈单位{by}不是督办对象{to};反馈应由督办对象作出。',
    en: 'The reply is by {by}, not by {to}, the unit the notice was sent to.',
  },
  replyBeforeDate: {
    zh: '反馈日期 {reply} 早于督办发出日期 {date}。',
    en: 'The reply is dated {reply}, before the notice was sent on {date}.',
  },
  replyOutOfOrder: {
    zh: '反馈日期 {reply} 早于上一条反馈的 {previous};反馈按日期先后排列,只追加。',
    en: 'The reply is dated {reply}, before the previous one ({previous}); replies are in date order and only appended.',
  },
  replyInFuture: {
    zh: '反馈日期 {reply} 晚于今天({today})。',
    en: 'The reply is dated {reply}, after today ({today}).',
  },
  closedBeforeDate: {
    zh: '销号日期 {closed} 早于发出日期 {date}。',
    en: 'closed {closed} is before the date sent, {date}.',
  },
  closedInFuture: {
    zh: '销号日期 {closed} 晚于今天({today})。',
    en: 'closed {closed} is after today ({today}).',
  },
});
