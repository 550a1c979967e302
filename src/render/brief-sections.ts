// The sections of the 工作简报 after its summary: each a heading (一、…六、) and a table of what the records
// say, or a sentence that there was none.
import { text } from '../core/messages.js';
import type { DocumentBuilder } from '../document/blocks.js';
import { daysBetween } from '../model/dates.js';
import { ownerOf } from '../model/owner-of.js';
import type { Records } from '../model/records.js';
import { doneOn, dueDateOf, statusOf } from '../model/task-state.js';
import { BRIEF, BRIEF_COLUMNS } from './messages.js';
import { resolutionHeading } from './minutes-parts.js';
import { unitName } from './names.js';
import type { BriefFacts } from './render-brief.js';
import { chineseNumber, dateText, inline, kindName, sectionNo, statusName } from './wording.js';

type Column = keyof typeof BRIEF_COLUMNS;
type Heading = 'meetingsHeading' | 'decidedHeading' | 'doneHeading' | 'progressHeading' | 'overdueHeading' | 'dueHeading';

export function briefSections(doc: DocumentBuilder, records: Records, facts: BriefFacts): void {
  const lang = doc.lang;
  let n = 0;
  const section = (heading: Heading, columns: Column[], rows: string[][], none = text(lang, BRIEF, 'noneInPeriod')): void => {
    n += 1;
    doc.heading(1, `${sectionNo(n, lang)}${text(lang, BRIEF, heading)}`);
    if (rows.length === 0) doc.paragraph(none);
    else
      doc.table(
        (['no', ...columns] as Column[]).map((c) => text(lang, BRIEF_COLUMNS, c)),
        rows.map((r, i) => [String(i + 1), ...r]),
      );
  };
  const date = (d: string | undefined): string => (d ? dateText(d, lang) : '');
  const meetingTitle = (id: string): string => inline(records.meetings.get(id)?.data.title ?? id);
  const item = (r: { meeting: string; no: number } & Parameters<typeof resolutionHeading>[0]): string =>
    `${resolutionHeading(r, lang)}${text(lang, BRIEF, 'itemOf', { meeting: meetingTitle(r.meeting), no: { zh: chineseNumber(r.no), en: String(r.no) } })}`;
  const owner = (lead: string | undefined, on: string): string => (lead ? unitName(records, ownerOf(records, lead, on).owner) : '');
  const end = facts.period.to;

  section(
    'meetingsHeading',
    ['date', 'meetingTitle', 'kind', 'decisions'],
    facts.held.map((m) => [
      date(m.data.date),
      inline(m.data.title),
      kindName(m.data.kind, lang),
      String(facts.decided.filter((r) => r.data.meeting === m.id).length),
    ]),
  );
  section(
    'decidedHeading',
    ['item', 'lead', 'due'],
    facts.decided.map((r) => [item(r.data), owner(r.data.lead, end), date(r.data.due)]),
  );
  section(
    'doneHeading',
    ['item', 'lead', 'doneOn'],
    facts.done.map(({ rec, state }) => [item(rec.data), owner(rec.data.lead, end), date(doneOn(state))]),
  );
  section(
    'progressHeading',
    ['date', 'item', 'by', 'state', 'note'],
    facts.reports.map(({ rec, entry }) => [
      date(entry.date),
      item(rec.data),
      entry.by ? unitName(records, entry.by) : '',
      statusName(entry.status, lang),
      inline(entry.note ?? ''),
    ]),
  );
  section(
    'overdueHeading',
    ['item', 'lead', 'due', 'overdue'],
    facts.overdue.map(({ rec, state }) => [
      item(rec.data),
      owner(rec.data.lead, end),
      date(dueDateOf(state)),
      text(lang, BRIEF, 'daysOverdue', { n: daysBetween(dueDateOf(state)!, end) }),
    ]),
    text(lang, BRIEF, 'noneOverdue', { to: date(end) }),
  );
  section(
    'dueHeading',
    ['item', 'lead', 'due', 'state'],
    facts.due.map(({ rec, state }) => [
      item(rec.data),
      owner(rec.data.lead, end),
      date(dueDateOf(state)),
      statusName(statusOf(state), lang),
    ]),
    text(lang, BRIEF, 'noneDue', { from: date(facts.next.from), to: date(facts.next.to) }),
  );
}
