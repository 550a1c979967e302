// yishi render brief: the 工作简报 of a period [六(三): 以文件、简报等形式印发]: a numbered issue (第N期) that says
// what the body did in the period from its records: the meetings held, the items decided, the tasks done,
// the progress reported, what was overdue at the period's end and what falls due in the next period.
import { DocumentBuilder, type DocumentModel, type ImprintLine } from '../document/blocks.js';
import { writeMarkdown } from '../document/write-markdown.js';
import { text } from '../core/messages.js';
import { isHeld } from '../model/plenary-years.js';
import { meetingsInOrder, resolutionsInOrder, type Rec, type Records } from '../model/records.js';
import { resolutionOn } from '../model/resolution-on.js';
import { doneOn, dueDateOf, isOverdue, isSuperseded, isTask, statusOf } from '../model/task-state.js';
import type { Resolution } from '../model/types.js';
import { briefSections } from './brief-sections.js';
import { BRIEF } from './messages.js';
import { shortName } from './minutes-parts.js';
import { nextPeriod, periodName, type Period } from './period.js';
import { dateText, inline, type Lang } from './wording.js';

export interface BriefOptions {
  lang: Lang;
  period: Period;
  /** The issue number (第N期). */
  number: number;
  /** The day the brief is issued. */
  asOf: string;
}

/** What the records say about a period, counted once for every part of the brief. */
export interface BriefFacts {
  period: Period;
  next: Period;
  held: Rec<import('../model/types.js').Meeting>[];
  decided: Rec<Resolution>[];
  /** Tasks (as they stood at the period's end) done within the period. */
  done: Array<{ rec: Rec<Resolution>; state: Resolution }>;
  /** Progress entries dated within the period, oldest first. */
  reports: Array<{ rec: Rec<Resolution>; entry: NonNullable<Resolution['progress']>[number] }>;
  overdue: Array<{ rec: Rec<Resolution>; state: Resolution }>;
  due: Array<{ rec: Rec<Resolution>; state: Resolution }>;
}

export function briefFacts(records: Records, period: Period, asOf: string): BriefFacts {
  const within = (date: string | undefined, p: Period): boolean => date !== undefined && date >= p.from && date <= p.to;
  const next = nextPeriod(period);
  const held = meetingsInOrder(records).filter((m) => within(m.data.date, period) && isHeld(m.data, asOf));
  const heldIds = new Set(held.map((m) => m.id));
  const decided = resolutionsInOrder(records).filter((r) => heldIds.has(r.data.meeting));
  const meetingDate = (r: Rec<Resolution>): string => records.meetings.get(r.data.meeting)?.data.date ?? '9999-12-31';
  const tasks = resolutionsInOrder(records)
    .filter((r) => isTask(r.data) && meetingDate(r) <= period.to)
    .map((rec) => ({ rec, state: resolutionOn(records, rec.data, period.to) }));
  const open = tasks.filter(({ state }) => !isSuperseded(state) && statusOf(state) !== 'done');
  const reports = tasks
    .flatMap(({ rec }) => (rec.data.progress ?? []).filter((p) => within(p.date, period)).map((entry) => ({ rec, entry })))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : 0));
  return {
    period,
    next,
    held,
    decided,
    done: tasks.filter(({ state }) => !isSuperseded(state) && within(doneOn(state), period)),
    reports,
    overdue: open.filter(({ state }) => isOverdue(state, period.to)),
    due: open.filter(({ state }) => within(dueDateOf(state), next)),
  };
}

export function renderBrief(records: Records, options: BriefOptions): string {
  return writeMarkdown(briefDocument(records, options));
}

export function briefDocument(records: Records, options: BriefOptions): DocumentModel {
  const { lang, period, asOf } = options;
  const facts = briefFacts(records, period, asOf);
  const body = inline(records.body?.data.name ?? '');
  const doc = new DocumentBuilder(lang, asOf);
  doc.mark(text(lang, BRIEF, 'masthead'));
  doc.number(text(lang, BRIEF, 'issueNumber', { n: options.number }));
  const office = text(lang, BRIEF, 'office', { body });
  doc.split(text(lang, BRIEF, 'mastheadOffice', { body }), '\u3000\u3000', dateText(asOf, lang), true);
  doc.title(text(lang, BRIEF, 'title', { body: lang === 'zh' ? shortName(records) : body, period: periodName(period, lang) }));
  doc.paragraph(
    text(lang, BRIEF, 'summary', {
      from: dateText(period.from, lang),
      to: dateText(period.to, lang),
      group: { zh: shortName(records), en: 'the body' },
      meetings: facts.held.length,
      decided: facts.decided.length,
      done: facts.done.length,
      reports: facts.reports.length,
      overdue: facts.overdue.length,
      nextFrom: dateText(facts.next.from, lang),
      nextTo: dateText(facts.next.to, lang),
      due: facts.due.length,
    }),
  );
  briefSections(doc, records, facts);
  doc.imprint(imprintLines(records, office, asOf, lang));
  return doc.build();
}

/** 报送 the leaders, 发送 every member unit, and the office with the day of issue. */
function imprintLines(records: Records, office: string, asOf: string, lang: Lang): ImprintLine[] {
  const separator = text(lang, BRIEF, 'colon');
  const date = dateText(asOf, lang);
  return [
    {
      kind: 'labelled',
      label: text(lang, BRIEF, 'reportedTo'),
      separator,
      text: text(lang, BRIEF, 'leaders', { group: { zh: shortName(records), en: 'the body' } }),
    },
    { kind: 'labelled', label: text(lang, BRIEF, 'sentTo'), separator, text: text(lang, BRIEF, 'members') },
    lang === 'zh'
      ? { kind: 'split', left: office, gap: '\u3000\u3000', right: text(lang, BRIEF, 'issuedOn', { date }) }
      : { kind: 'text', text: text(lang, BRIEF, 'issuedBy', { office, date }) },
  ];
}
