// Parts that the minutes and the agenda share: the minutes number, who convened and presided, the topics, a
// decided item, and the members asked in a written review with their opinions.
import { membersInOfficeOn } from '../model/in-office-on.js';
import { membersInOrder, type Records } from '../model/records.js';
import type { Meeting, Resolution, Response, Topic } from '../model/types.js';
import { presiderPhrase, unitNames, unitNamesOn } from './names.js';
import { dateText, halfDay, inline, t, type Lang } from './wording.js';

/** The body's short name (领导小组), else its name. */
export function shortName(records: Records): string {
  const body = records.body?.data;
  return inline(body?.short_name ?? body?.name ?? '');
}

/**
 * The minutes number as issued; for minutes not yet numbered, the body's template with the year filled in
 * and the number left blank for the clerk (兰困保纪〔2026〕　号).
 */
export function minutesNumber(records: Records, meeting: Meeting): string | undefined {
  if (meeting.minutes?.number) return inline(meeting.minutes.number);
  const template = records.body?.data.minutes_number;
  if (!template) return undefined;
  return inline(template.replace('{year}', meeting.date.slice(0, 4)).replace('{n}', '\u3000'));
}

export function isIssued(meeting: Meeting): boolean {
  return meeting.minutes?.status === 'issued';
}

/** 受组长委托, / on the leader's delegation, — when a deputy convened on the leader's delegation. */
function delegation(meeting: Meeting, lang: Lang): string {
  return meeting.delegated ? t(lang, '受组长委托,', 'on the leader’s delegation, ') : '';
}

/** The first sentence of the minutes: when, where, who convened and presided. */
export function conveningSentence(records: Records, meeting: Meeting, lang: Lang): string {
  const date = meeting.date;
  const convener = presiderPhrase(records, meeting.convener, date, lang);
  const chairId = meeting.chair ?? meeting.convener;
  const chair = presiderPhrase(records, chairId, date, lang);
  const title = `${shortName(records)}${lang === 'zh' ? '' : ' '}${inline(meeting.title)}`;
  const when = `${dateText(date, lang)}${halfDay(meeting.time, lang)}`;
  const where = meeting.location ? inline(meeting.location) : undefined;
  if (lang === 'zh') {
    if (chairId === meeting.convener)
      return `${when},${delegation(meeting, lang)}${convener}${where ? `在${where}` : ''}主持召开${title}。`;
    return `${when},${title}${where ? `在${where}` : ''}召开。会议由${delegation(meeting, lang)}${convener}召集,${chair}主持。`;
  }
  const at = where ? ` at ${where}` : '';
  if (chairId === meeting.convener) return `On ${when}, ${delegation(meeting, lang)}${convener} convened and chaired the ${title}${at}.`;
  return `On ${when}, the ${title} was held${at}. It was convened ${meeting.delegated ? 'on the leader’s delegation ' : ''}by ${convener} and chaired by ${chair}.`;
}

/** A topic's title; a 救急难 case appears only by its reference. */
export function topicText(topic: Topic, lang: Lang): string {
  const title = inline(topic.title);
  if (topic.case === undefined) return title;
  return t(lang, `${title}(个案编号:${inline(topic.case)})`, `${title} (case ${inline(topic.case)})`);
}

/** 会议审议《…》;研究…。 / The topics: …; …. */
export function topicsSentence(meeting: Meeting, lang: Lang, zhLead = '会议'): string | undefined {
  const topics = (meeting.topics ?? []).map((tp) => topicText(tp, lang));
  if (topics.length === 0) return undefined;
  return t(lang, `${zhLead}${topics.join(';')}。`, `The topics: ${topics.join('; ')}.`);
}

/** The closing line of a decided item: lead, responsible and cooperating units by name, and the deadline. */
export function assignmentLine(records: Records, r: Resolution, lang: Lang): string | undefined {
  const parts: string[] = [];
  const add = (zh: string, en: string, value: string): void => {
    if (value) parts.push(t(lang, `${zh}:${value}`, `${en}: ${value}`));
  };
  const date = records.meetings.get(r.meeting)?.data.date ?? '';
  add('牵头单位', 'Lead', r.lead ? unitNames(records, [r.lead], lang) : '');
  add('责任单位', 'responsible', unitNamesOn(records, r.responsible, date, lang));
  add('配合单位', 'cooperating', unitNamesOn(records, r.cooperating, date, lang));
  if (r.due) parts.push(t(lang, `落实时限:${dateText(r.due, lang)}前`, `deadline: ${dateText(r.due, lang)}`));
  if (parts.length === 0) return undefined;
  const text = parts.join(t(lang, ';', '; '));
  return lang === 'zh' ? `${text}。` : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The heading of a decided item: its title, else 事项N / Item N. */
export function resolutionHeading(r: Resolution, lang: Lang): string {
  return r.title ? inline(r.title) : t(lang, `事项${r.no}`, `Item ${r.no}`);
}

/** The members asked in a written review: `participants`, else every member in office on its date. */
export function participantsOf(records: Records, meeting: Meeting): string[] {
  if (meeting.participants) return [...meeting.participants];
  const inOffice = new Set(membersInOfficeOn(records, meeting.date).map((m) => m.id));
  return membersInOrder(records)
    .filter((m) => inOffice.has(m.id))
    .map((m) => m.id);
}

export interface Tally {
  asked: number;
  agree: number;
  disagree: number;
  comment: number;
  /** Participants without an opinion. */
  none: string[];
  /** Opinions dated after respond_by. */
  late: number;
  /** Each participant's opinion (or none) in the participants' order, then opinions from others. */
  rows: Array<{ member: string; response?: Response }>;
}

/** The tally of a written review's opinions; a member's first opinion counts. */
export function tallyOf(records: Records, meeting: Meeting): Tally {
  const participants = participantsOf(records, meeting);
  const first = new Map<string, Response>();
  for (const r of meeting.responses ?? []) if (!first.has(r.member)) first.set(r.member, r);
  const rows: Tally['rows'] = participants.map((member) => ({ member, response: first.get(member) }));
  const asked = new Set(participants);
  for (const [member, response] of first) if (!asked.has(member)) rows.push({ member, response });
  const responses = [...first.values()];
  return {
    asked: participants.length,
    agree: responses.filter((r) => r.opinion === 'agree').length,
    disagree: responses.filter((r) => r.opinion === 'disagree').length,
    comment: responses.filter((r) => r.opinion === 'comment').length,
    none: participants.filter((p) => !first.has(p)),
    late: responses.filter((r) => meeting.respond_by !== undefined && r.date > meeting.respond_by).length,
    rows,
  };
}
