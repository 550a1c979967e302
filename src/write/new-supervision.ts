// yishi supervise: one 督办通知 to a unit, one to each unit with something overdue, or one 督办通报 to every
// member [四(二)]; items chosen from what is overdue (or due within a horizon) unless given; reply_by counted
// in working days; id and number allocated.
import { say, text } from '../core/messages.js';
import { yearOf } from '../model/dates.js';
import type { Records } from '../model/records.js';
import { nextSupervisionNumbers, plansByUnit, supervisableItems, supervisionIdFor } from '../model/supervision-plan.js';
import { isOpenOn, taskOwnerOn } from '../model/supervision-records.js';
import { addWorkingDays, yearsNotCovered } from '../model/working-days.js';
import type { Change } from './change.js';
import { checkFree, commentLang } from './new-record.js';
import { recordText, type Field } from './record-text.js';
import { misuse, refuse, superviseMessages as M } from './supervision-messages.js';
import { SUPERVISION_KIND_TERMS } from '../i18n/vocabulary.js';
import { refusal, requireMember } from './write-refused.js';

export const DEFAULT_REPLY_WITHIN = 5;

export interface SuperviseInput {
  /** The date sent: today. */
  date: string;
  unit?: string;
  items?: string[];
  circular?: boolean;
  /** Also what falls due within this many days. */
  withinDays?: number;
  /** Working days for the reply (default 5); ignored with replyBy. */
  replyWithin?: number;
  replyBy?: string;
  signedBy?: string;
}

export interface PlannedSupervision {
  id: string;
  path: string;
  kind: 'notice' | 'circular';
  date: string;
  to?: string;
  number?: string;
  items: string[];
  replyBy?: string;
}

export interface SupervisePlan {
  changes: Change[];
  planned: PlannedSupervision[];
  /** Years the holiday data lacks that the reply period runs through. */
  uncoveredYears: number[];
}

const label = (records: Records, id: string): string => {
  const unit = records.members.get(id)?.data.unit;
  return unit ? `${unit} (${id})` : id;
};

/** An item given with --items: a task the unit owns and had open on the date, or a written review. */
function checkItem(records: Records, id: string, date: string, unit: string | undefined): void {
  const task = records.resolutions.get(id)?.data;
  if (task) {
    if (task.lead === undefined) throw refuse('notATask', { id });
    if (!isOpenOn(records, task, date)) throw refuse('notOpen', { id, date });
    const owner = taskOwnerOn(records, task, date)!;
    if (unit !== undefined && owner !== unit) throw refuse('notTheUnits', { id, owner: label(records, owner), unit: label(records, unit) });
    return;
  }
  const meeting = records.meetings.get(id)?.data;
  if (!meeting) throw misuse('noItem', { id });
  if (meeting.kind !== 'written') throw refuse('notAWrittenReview', { id });
}

function replyByOf(input: SuperviseInput): { replyBy: string; within?: number } {
  if (input.replyBy !== undefined) {
    if (input.replyBy < input.date) throw misuse('replyByBeforeDate', { replyBy: input.replyBy, date: input.date });
    return { replyBy: input.replyBy };
  }
  const within = input.replyWithin ?? DEFAULT_REPLY_WITHIN;
  return { replyBy: addWorkingDays(input.date, within), within };
}

function fileText(records: Records, p: PlannedSupervision, input: SuperviseInput, within?: number): string {
  const lang = commentLang(records);
  type Plain = 'commentDate' | 'commentTo' | 'commentReplyBy' | 'commentSignedBy';
  const c = (key: Plain | 'commentNext'): string => text(lang, M, key);
  const replyComment = within !== undefined ? text(lang, M, 'commentReplyWithin', { n: within }) : c('commentReplyBy');
  const fields: Field[] = [
    { key: 'kind', value: p.kind, comment: text(lang, M, 'commentKind', { kind: SUPERVISION_KIND_TERMS[p.kind] }) },
    { key: 'number', value: p.number },
    { key: 'date', value: p.date, comment: c('commentDate') },
    { key: 'to', value: p.to, comment: c('commentTo') },
    { key: 'items', value: p.items },
    { key: 'reply_by', value: p.replyBy, comment: replyComment },
    { key: 'signed_by', value: input.signedBy ?? 'office', comment: c('commentSignedBy') },
  ];
  return recordText(p.path, 'supervision', fields, p.kind === 'notice' ? [c('commentNext')] : []);
}

interface Group {
  to?: string;
  items: string[];
}

/** A notice to --unit: its items given, or what it has overdue; refused when there is nothing. */
function unitGroup(records: Records, input: SuperviseInput, unit: string): Group {
  const overdue = (): string[] =>
    plansByUnit(records, input.date, input.withinDays)
      .find((p) => p.unit === unit)
      ?.items.map((i) => i.id) ?? [];
  const items = input.items ?? overdue();
  if (items.length === 0) {
    const params = { unit: label(records, unit), date: input.date };
    throw refusal(input.withinDays ? say(M, 'nothingForUnitWithin', { ...params, n: input.withinDays }) : say(M, 'nothingForUnit', params));
  }
  return { to: unit, items: [...new Set(items)] };
}

/** Who gets what: one circular, one notice to --unit, or one notice to each unit with overdue items. */
function groupsOf(records: Records, input: SuperviseInput): Group[] {
  if (input.circular) {
    const items = input.items ?? supervisableItems(records, input.date, input.withinDays).map((i) => i.id);
    return items.length > 0 ? [{ items: [...new Set(items)] }] : [];
  }
  if (input.unit !== undefined) return [unitGroup(records, input, input.unit)];
  return plansByUnit(records, input.date, input.withinDays).map((p) => ({ to: p.unit, items: [...new Set(p.items.map((i) => i.id))] }));
}

/** The notices (or the circular) to send on input.date. */
export function planSupervision(records: Records, input: SuperviseInput): SupervisePlan {
  if (input.unit !== undefined) requireMember(records, input.unit, '--unit');
  if (input.signedBy !== undefined && input.signedBy !== 'office') requireMember(records, input.signedBy, '--signed-by');
  if (input.circular && input.unit !== undefined) throw misuse('unitWithCircular');
  for (const id of input.items ?? []) checkItem(records, id, input.date, input.circular ? undefined : input.unit);
  const groups = groupsOf(records, input);
  const { replyBy, within } = replyByOf(input);
  const numbers = nextSupervisionNumbers(records, input.date, groups.length);
  const taken = new Set<string>();
  const planned: PlannedSupervision[] = groups.map((g, i) => {
    const id = supervisionIdFor(records, input.date, g.to ?? 'circular', taken);
    taken.add(id);
    const path = `supervision/${yearOf(input.date)}/${id}.yaml`;
    checkFree(records, path);
    // A circular has a reply date only when one is given.
    const reply = g.to === undefined ? (input.replyBy !== undefined ? replyBy : undefined) : replyBy;
    const kind = g.to === undefined ? 'circular' : 'notice';
    return { id, path, kind, date: input.date, to: g.to, number: numbers?.[i], items: g.items, replyBy: reply };
  });
  const changes = planned.map((p) => ({
    path: p.path,
    text: fileText(records, p, input, p.kind === 'notice' ? within : undefined),
    created: true,
  }));
  return { changes, planned, uncoveredYears: yearsNotCovered(input.date, replyBy) };
}
