// yishi new meeting: a meeting record to fill in [五(一), 六(二)]. A plenary meeting proposes the leader as
// convener and lists every member in office that day, in the notice's order, as attendees.
import { recordPathOf } from '../core/record-kinds.js';
import { yearOf } from '../model/dates.js';
import { liaisonOn, membersInOfficeOn } from '../model/in-office-on.js';
import { meetingIdFor } from '../model/next-ids.js';
import { membersInOrder, type Records } from '../model/records.js';
import type { MeetingKind } from '../model/types.js';
import type { Change } from './change.js';
import { checkFree, checkNewId, commentLang } from './new-record.js';
import { recordText, type Field } from './record-text.js';
import { placeholderFor } from './placeholder.js';
import { requireMember, usageError } from './write-refused.js';

export interface NewMeetingInput {
  kind: MeetingKind;
  date: string;
  id?: string;
  title?: string;
  time?: string;
  location?: string;
  convener?: string;
  recorder?: string;
  proceedings?: string;
  /** Written review: when it was sent out, and the deadline for opinions. */
  circulated?: string;
  respondBy?: string;
}

const KIND_ZH: Record<MeetingKind, string> = { plenary: '全体会议', thematic: '专题会议', written: '书面审议', liaison: '联络员会议' };
const KIND_EN: Record<MeetingKind, string> = { plenary: 'Plenary meeting', thematic: 'Thematic meeting', written: 'Written review', liaison: 'Liaison meeting' };

/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99). */
export function chineseNumber(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
  return String(n);
}

/** The members in office on `date`, in the notice's order. */
function inOfficeInOrder(records: Records, date: string): string[] {
  const present = new Set(membersInOfficeOn(records, date).map((m) => m.id));
  return membersInOrder(records)
    .filter((m) => present.has(m.id))
    .map((m) => m.id);
}

export function newMeeting(records: Records, input: NewMeetingInput, today: string): Change {
  const { kind, date } = input;
  const id = input.id !== undefined ? checkNewId(records, 'meeting', input.id) : meetingIdFor(records, date, kind);
  const path = recordPathOf('meeting', id, yearOf(date));
  checkFree(records, path);
  if (input.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.time))
    throw usageError(`--time 的值“${input.time}”不是有效时间,应写成 HH:MM,例如 09:30。`, `--time "${input.time}" is not a time; write HH:MM, e.g. 09:30.`);
  const zh = commentLang(records) === 'zh';
  const inOffice = inOfficeInOrder(records, date);

  let convener = input.convener;
  if (convener !== undefined) {
    if (!(kind === 'liaison' && convener === 'office')) requireMember(records, convener, '--convener');
  } else if (kind === 'liaison') convener = 'office';
  else {
    convener = inOffice.find((m) => records.members.get(m)?.data.role === 'leader');
    if (!convener)
      throw usageError(
        `${date} 没有在任的组长,请用 --convener 写明召集人(受委托的副组长)。`,
        `No leader is in office on ${date}; name the convener (a delegated deputy) with --convener.`,
      );
  }
  const byDeputy = convener !== 'office' && records.members.get(convener)?.data.role === 'deputy';

  const sameKind = [...records.meetings.values()].filter((m) => m.data.kind === kind && yearOf(m.data.date) === yearOf(date) && m.data.date <= date);
  const n = sameKind.length + 1;
  const title = input.title ?? (zh ? `${yearOf(date)}年第${chineseNumber(n)}次${KIND_ZH[kind]}` : `${KIND_EN[kind]} ${n}, ${yearOf(date)}`);

  let attendees: string[] | undefined;
  let attendeesComment: string | undefined;
  if (kind === 'plenary' || kind === 'thematic') {
    attendees = inOffice;
    attendeesComment = zh
      ? `${date} 在任的全部成员;未出席的移到 absent${kind === 'thematic' ? ',未邀请的删去' : ''}`
      : `every member in office on ${date}; move those absent to absent${kind === 'thematic' ? ', delete those not invited' : ''}`;
  } else if (kind === 'liaison') {
    attendees = inOffice.filter((m) => liaisonOn(records.members.get(m)!.data, date) !== undefined);
    attendeesComment = zh ? `${date} 设有联络员的成员;未出席的移到 absent` : `members with a liaison officer on ${date}; move those absent to absent`;
  }

  // A held meeting must have its record (rule meeting-record): what the clerk did not give is written as a
  // placeholder with a TODO; a planned meeting only gets the TODO lines.
  const held = date <= today;
  const todo = (zhText: string, enText: string): string => `TODO ${zh ? zhText : enText}`;
  const required = (key: string, value: string | undefined, zhText: string, enText: string, style?: 'literal'): Field => {
    if (value !== undefined) return { key, value: style === 'literal' && !value.endsWith('\n') ? `${value}\n` : value, style };
    if (held) return { key, value: placeholderFor(zh ? 'zh' : 'en'), comment: todo(zhText, enText) };
    return { todo: `${key}: ${zh ? zhText : enText}` };
  };
  const fields: Field[] = [
    { key: 'kind', value: kind, comment: zh ? 'plenary 全体会议 | thematic 专题会议 | written 书面审议 | liaison 联络员会议' : undefined },
    { key: 'title', value: title },
    { key: 'date', value: date, comment: kind === 'written' ? (zh ? '作出决定之日' : 'the date of the decision') : undefined },
  ];
  if (kind === 'written') {
    fields.push(
      { key: 'convener', value: convener, comment: convenerComment(zh, kind, byDeputy) },
      { key: 'delegated', value: byDeputy ? true : undefined },
      { todo: zh ? 'topics: 审议事项(title,proposed_by 提出单位,approved_by 签批人)' : 'topics: items under review (title, proposed_by, approved_by)' },
      { key: 'circulated', value: input.circulated ?? date, comment: input.circulated ? undefined : todo('送审日期,请核对', 'date circulated: check it') },
      { key: 'respond_by', value: input.respondBy ?? date, comment: input.respondBy ? undefined : todo('反馈截止日期,请核对', 'deadline for opinions: check it') },
      { key: 'participants', value: inOffice, comment: zh ? `${date} 在任的全部成员` : `every member in office on ${date}` },
      { todo: zh ? 'responses: 书面意见(member、date、opinion: agree | disagree | comment)' : 'responses: written opinions (member, date, opinion: agree | disagree | comment)' },
      { todo: zh ? 'outcome: | 审议结果' : 'outcome: | the result of the review' },
    );
  } else {
    fields.push(
      input.time !== undefined ? { key: 'time', value: input.time, style: 'quoted' } : { todo: 'time: "09:30"' },
      required('location', input.location, '会议地点', 'where the meeting was held'),
      { key: 'convener', value: convener, comment: convenerComment(zh, kind, byDeputy) },
      { key: 'delegated', value: byDeputy ? true : undefined },
      { todo: zh ? 'topics: 议题(title,proposed_by 提出单位,approved_by 审定人)' : 'topics: agenda items (title, proposed_by, approved_by)' },
      { key: 'attendees', value: attendees, comment: attendeesComment },
      required('recorder', input.recorder, '记录人', 'who kept the record'),
      required('proceedings', input.proceedings, '会议情况:汇报、讨论和议定的内容', 'what was reported, discussed and agreed', 'literal'),
    );
  }
  fields.push({ key: 'minutes', value: { status: 'draft' }, comment: zh ? '纪要印发时运行 yishi issue' : 'run yishi issue when the minutes are issued' });
  return { path, text: recordText(path, 'meeting', fields), created: true };
}

function convenerComment(zh: boolean, kind: MeetingKind, byDeputy: boolean): string {
  if (kind === 'liaison') return zh ? '联络员会议由办公室主任召开' : 'liaison meetings are convened by the office director';
  if (kind === 'written') return byDeputy ? (zh ? '副组长受组长委托签批提出' : 'proposed by a deputy on the leader’s delegation') : zh ? '组长签批提出' : 'proposed by the leader';
  if (byDeputy) return zh ? '副组长受组长委托召集' : 'a deputy convenes on the leader’s delegation';
  return zh ? '组长召集' : 'convened by the leader';
}
