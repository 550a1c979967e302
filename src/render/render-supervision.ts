// yishi render supervision <id>: the 督办通知 to a unit (its late items with lead, deadline, state and days late,
// and the date its reply is due) or the 督办通报 to every member (the late items grouped by unit, with counts),
// signed by the office; as the items stood on the date sent [四(二)].
import { text } from '../core/messages.js';
import { daysBetween } from '../model/dates.js';
import type { Records } from '../model/records.js';
import { resolutionOn } from '../model/resolution-on.js';
import { taskOwnerOn } from '../model/supervision-records.js';
import { titleOf } from '../model/supervision-item.js';
import { dueDateOf, isSuperseded, lastNoteOf, statusOf } from '../model/task-state.js';
import type { Supervision } from '../model/types.js';
import { unitName } from './names.js';
import { supervisionWords as W } from './supervision-words.js';
import { DocumentBuilder, type DocumentModel } from '../document/blocks.js';
import { writeMarkdown } from '../document/write-markdown.js';
import { dateText, inline, statusName, type Lang } from './wording.js';

interface Row {
  owner: string;
  cells: string[];
  difficulty?: string;
}

/** One item as it stood on the date sent: a task, or a written opinion owed. */
function itemRow(records: Records, s: Supervision, id: string, lang: Lang): Row {
  const task = records.resolutions.get(id)?.data;
  if (task) {
    const then = resolutionOn(records, task, s.date);
    const due = dueDateOf(then);
    const meeting = records.meetings.get(task.meeting)?.data.title ?? task.meeting;
    const owner = taskOwnerOn(records, task, s.date) ?? '';
    const state = statusName(isSuperseded(then) ? 'superseded' : statusOf(then), lang);
    const late = due !== undefined && due < s.date ? String(daysBetween(due, s.date)) : '-';
    const note = statusOf(then) === 'blocked' ? lastNoteOf(then) : undefined;
    const title = inline(titleOf(task));
    const cells = [title, inline(meeting), unitName(records, task.lead ?? ''), due ? dateText(due, lang) : '-', state, late];
    return { owner, cells, difficulty: note ? text(lang, W, 'difficulty', { title, note: inline(note) }) : undefined };
  }
  const meeting = records.meetings.get(id)?.data;
  const respondBy = meeting?.respond_by;
  const late = respondBy !== undefined && respondBy < s.date ? String(daysBetween(respondBy, s.date)) : '-';
  const title = text(lang, W, 'opinionItem', { title: inline(meeting?.title ?? id) });
  const due = respondBy ? dateText(respondBy, lang) : '-';
  return { owner: s.to ?? '', cells: [title, inline(meeting?.title ?? id), '-', due, statusName('open', lang), late] };
}

function itemTable(doc: DocumentBuilder, rows: readonly Row[], lang: Lang): void {
  doc.table(
    text(lang, W, 'headers').split('|'),
    rows.map((r, i) => [String(i + 1), ...r.cells]),
  );
}

/** Who issues it (发文机关署名): the office, or the body when the leader or a deputy signs. */
function issuer(records: Records, s: Supervision, lang: Lang): string {
  const body = inline(records.body?.data.name ?? '');
  return s.signed_by === undefined || s.signed_by === 'office' ? text(lang, W, 'office', { body }) : body;
}

function difficulties(doc: DocumentBuilder, rows: readonly Row[], lang: Lang): void {
  const notes = rows.flatMap((r) => (r.difficulty ? [r.difficulty] : []));
  if (notes.length === 0) return;
  doc.paragraph(`**${text(lang, W, 'difficulties')}**`);
  doc.list(notes);
}

export function renderSupervision(records: Records, id: string, options: { lang: Lang }): string {
  return writeMarkdown(supervisionDocument(records, id, options));
}

export function supervisionDocument(records: Records, id: string, options: { lang: Lang }): DocumentModel {
  const { lang } = options;
  const s = records.supervisions.get(id)!.data;
  const doc = new DocumentBuilder(lang, s.date);
  doc.title(text(lang, W, s.kind === 'notice' ? 'noticeTitle' : 'circularTitle'));
  if (s.number) doc.number(inline(s.number));
  const rows = s.items.map((item) => itemRow(records, s, item, lang));
  const date = dateText(s.date, lang);
  const replyBy = s.reply_by ? dateText(s.reply_by, lang) : undefined;
  if (s.kind === 'notice') {
    doc.paragraph(text(lang, W, 'salutation', { unit: unitName(records, s.to ?? '') }));
    const n = rows.length;
    doc.paragraph(replyBy ? text(lang, W, 'noticeBody', { date, n, replyBy }) : text(lang, W, 'noticeBodyNoReply', { date, n }));
    itemTable(doc, rows, lang);
  } else {
    const owners = [...new Set(rows.map((r) => r.owner))];
    doc.paragraph(text(lang, W, 'salutation', { unit: text(lang, W, 'allMembers') }));
    const reply = replyBy ? (lang === 'en' ? ' ' : '') + text(lang, W, 'circularReply', { replyBy }) : '';
    doc.paragraph(text(lang, W, 'circularBody', { date, n: rows.length, units: owners.length }) + reply);
    for (const owner of owners) {
      const mine = rows.filter((r) => r.owner === owner);
      doc.heading(1, text(lang, W, 'unitHeading', { unit: unitName(records, owner), n: mine.length }));
      itemTable(doc, mine, lang);
    }
  }
  difficulties(doc, rows, lang);
  // The issuer, and on the line under it the date (成文日期): GB/T 9704 7.3.5.
  doc.signature([issuer(records, s, lang), date]);
  return doc.build();
}
