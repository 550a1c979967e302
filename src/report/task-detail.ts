// `yishi tasks show ID`: one task whole — where it was decided, the decision text, the units by name, the due
// date and its extensions, the owner after succession, the approval, and the progress log.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/diagnostic.js';
import { ownerOf } from '../model/owner-of.js';
import type { Rec, Records } from '../model/records.js';
import { taskItem, type SupervisionItem } from '../model/supervision-item.js';
import { isTask } from '../model/task-state.js';
import type { Resolution } from '../model/types.js';
import { columnWidths, padTo } from './align-columns.js';
import { text } from '../core/messages.js';
import { HEADERS, TASK_DETAIL } from '../i18n/supervision.js';
import { APPROVAL_TERMS, listText, seatName } from '../i18n/vocabulary.js';
import { daysText, namesOf, statusLabel, type Names } from './supervision-labels.js';
import { taskSupervisionLines } from './task-supervisions.js';

/** The item of `tasks` plus everything of the record, for `--format json`. */
export function taskDetailJson(records: Records, rec: Rec<Resolution>, today: string): string {
  const r = rec.data;
  const item: SupervisionItem | undefined = isTask(r) ? taskItem(records, rec, today) : undefined;
  const out = {
    as_of: today,
    ...(item ?? { id: rec.id, title: r.title ?? null, meeting: r.meeting }),
    no: r.no,
    text: r.text,
    original_due: r.due ?? null,
    extensions: r.extensions ?? [],
    succession: r.lead !== undefined ? ownerOf(records, r.lead, today).chain : [],
    approval: r.approval ?? null,
    superseded_by: r.superseded_by ?? null,
    progress: r.progress ?? [],
  };
  return JSON.stringify(out, null, 2) + '\n';
}

type Fields = Array<[string, string]>;

interface DetailContext {
  records: Records;
  rec: Rec<Resolution>;
  today: string;
  lang: Lang;
  chalk: ChalkInstance;
  names: Names;
}

/** A unit by name and id: 县民政局(mz) / 县民政局 (mz). */
function unitOf(c: DetailContext, id: string): string {
  return seatName({ unit: c.names.unit(id) }, c.lang, { id });
}

function unitsOf(c: DetailContext, ids: readonly string[] | undefined): string {
  return ids && ids.length > 0
    ? listText(
        ids.map((id) => unitOf(c, id)),
        c.lang,
      )
    : '-';
}

function taskFields(c: DetailContext, fields: Fields): void {
  const { records, rec, today, lang, chalk, names } = c;
  const r = rec.data;
  const item = taskItem(records, rec, today);
  const ownership = ownerOf(records, r.lead!, today);
  fields.push([text(lang, TASK_DETAIL, 'lead'), unitOf(c, r.lead!)]);
  const ended = names.ended?.(ownership.owner);
  if (ownership.chain.length > 1 || ended !== undefined)
    fields.push([
      text(lang, HEADERS, 'owner'),
      unitOf(c, ownership.owner) +
        (ownership.chain.length > 1
          ? text(lang, TASK_DETAIL, 'succession', { chain: ownership.chain.map((id) => names.unit(id)).join(' → ') })
          : '') +
        (ended !== undefined ? text(lang, TASK_DETAIL, 'ended', { left: ended }) : ''),
    ]);
  fields.push([text(lang, HEADERS, 'responsible'), unitsOf(c, r.responsible)]);
  fields.push([text(lang, HEADERS, 'cooperating'), unitsOf(c, r.cooperating)]);
  const ext = r.extensions ?? [];
  const due = item.due ?? '-';
  fields.push([
    text(lang, TASK_DETAIL, 'due'),
    ext.length > 0 && r.due ? text(lang, TASK_DETAIL, 'extended', { due, first: r.due, n: ext.length }) : due,
  ]);
  const days = item.days_overdue !== null ? daysText(item.days_overdue, lang) : '';
  const status = statusLabel(item.status, lang);
  const statusText = days && days !== '-' ? text(lang, TASK_DETAIL, 'statusWithDays', { status, days }) : status;
  fields.push([text(lang, HEADERS, 'status'), item.level === 'overdue' ? chalk.red(statusText) : statusText]);
}

function headFields(c: DetailContext): Fields {
  const { records, rec, lang } = c;
  const r = rec.data;
  const meeting = records.meetings.get(r.meeting)?.data;
  const decided = { title: meeting?.title ?? r.meeting, meeting: r.meeting, no: r.no };
  const fields: Fields = [
    [
      text(lang, HEADERS, 'meeting'),
      meeting ? text(lang, TASK_DETAIL, 'decidedAtOn', { ...decided, date: meeting.date }) : text(lang, TASK_DETAIL, 'decidedAt', decided),
    ],
  ];
  if (!isTask(r)) fields.push([text(lang, TASK_DETAIL, 'kind'), text(lang, TASK_DETAIL, 'decisionOnly')]);
  else taskFields(c, fields);
  if (r.superseded_by) {
    const by = records.resolutions.get(r.superseded_by)?.data.title;
    fields.push([
      text(lang, TASK_DETAIL, 'supersededBy'),
      by ? text(lang, TASK_DETAIL, 'aside', { main: r.superseded_by, aside: by }) : r.superseded_by,
    ]);
  }
  if (r.approval) {
    const a = r.approval;
    const state = { to: a.to, state: APPROVAL_TERMS[a.status] };
    fields.push([
      text(lang, TASK_DETAIL, 'approval'),
      a.date ? text(lang, TASK_DETAIL, 'approvalStateOn', { ...state, date: a.date }) : text(lang, TASK_DETAIL, 'approvalState', state),
    ]);
  }
  return fields;
}

function rowLines(rows: readonly string[][]): string[] {
  const widths = columnWidths(rows);
  return rows.map((row) => `  ${row.map((cell, i) => (i < row.length - 1 ? padTo(cell, widths[i]!) : cell)).join('  ')}`.trimEnd());
}

function extensionLines(c: DetailContext): string[] {
  const { records, rec, lang } = c;
  const ext = rec.data.extensions ?? [];
  if (ext.length === 0) return [];
  let before = rec.data.due ?? '-';
  const rows = ext.map((e) => {
    const title = records.meetings.get(e.granted_by)?.data.title ?? e.granted_by;
    const row = [`${before} → ${e.due}`, text(lang, TASK_DETAIL, 'aside', { main: title, aside: e.granted_by }), e.reason ?? ''];
    before = e.due;
    return row;
  });
  return ['', c.chalk.bold(text(lang, TASK_DETAIL, 'extensions')), ...rowLines(rows)];
}

function progressLines(c: DetailContext): string[] {
  const { rec, lang, names } = c;
  if (!isTask(rec.data)) return [];
  const progress = rec.data.progress ?? [];
  const lines = ['', c.chalk.bold(text(lang, TASK_DETAIL, 'progress'))];
  if (progress.length === 0) lines.push(`  ${text(lang, TASK_DETAIL, 'noProgress')}`);
  const rows = progress.map((p) => [
    p.date,
    p.by ? names.unit(p.by) : '-',
    statusLabel(p.status, lang),
    (p.note ?? '').trim().replace(/\s*\n\s*/g, ' '),
  ]);
  return [...lines, ...rowLines(rows)];
}

export function formatTaskDetail(records: Records, rec: Rec<Resolution>, today: string, lang: Lang, chalk: ChalkInstance): string {
  const c: DetailContext = { records, rec, today, lang, chalk, names: namesOf(records, lang, today) };
  const fields = headFields(c);
  const lines: string[] = [chalk.bold(`${rec.id}  ${rec.data.title ?? ''}`.trimEnd())];
  const labelWidth = Math.max(...columnWidths(fields.map(([label]) => [label])));
  for (const [label, value] of fields) lines.push(`${padTo(label, labelWidth)}  ${value}`);
  lines.push('', chalk.bold(text(lang, TASK_DETAIL, 'decision')));
  for (const l of rec.data.text.trimEnd().split('\n')) lines.push(`  ${l}`.trimEnd());
  return (
    [...lines, ...extensionLines(c), ...progressLines(c), ...taskSupervisionLines(records, rec.id, today, lang, (s) => chalk.bold(s))].join(
      '\n',
    ) + '\n'
  );
}
