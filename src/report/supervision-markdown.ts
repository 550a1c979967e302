// `--format markdown` for supervision items: a sentence and a table that a clerk pastes into a 督办通知,
// unit and meeting names rather than ids.
import type { Lang } from '../core/diagnostic.js';
import { roleOf, type SupervisionItem } from '../model/supervision-item.js';
import { text } from '../core/messages.js';
import { SUMMARY, SUPERVISION } from '../i18n/supervision.js';
import { daysText, HEADERS, orphanNote, roleLabel, statusLabel, typeLabel, type Names } from './supervision-labels.js';

/**
 * Text safe inside a Markdown table cell: `|` and the characters Markdown or HTML would take as markup
 * (`*`, `_`, `<` …) escaped, line breaks folded into spaces.
 */
export function markdownCell(text: string): string {
  const flat = text
    .trim()
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
  return flat === '' ? '-' : flat;
}

function remark(item: SupervisionItem, o: { lang: Lang; names: Names }): string {
  const parts: string[] = [];
  if (item.type === 'task' && item.lead !== null && item.lead !== item.owner)
    parts.push(text(o.lang, SUPERVISION, 'formerLead', { unit: o.names.unit(item.lead) }));
  const orphan = orphanNote(item, o.names, o.lang);
  if (orphan) parts.push(orphan);
  if (item.note) parts.push(item.status === 'blocked' ? text(o.lang, SUPERVISION, 'difficulty', { note: item.note }) : item.note);
  return parts.join(text(o.lang, SUMMARY, 'partsSeparator'));
}

/** What the notice asks for: the task's title; for an opinion or minutes, the act (the meeting has its own column). */
function whatToDo(item: SupervisionItem, lang: Lang): string {
  if (item.type === 'opinion') return text(lang, SUPERVISION, 'giveOpinion');
  if (item.type === 'minutes') return text(lang, SUPERVISION, 'issueMinutes');
  return item.title;
}

export function formatItemsMarkdown(
  items: readonly SupervisionItem[],
  o: { lang: Lang; names: Names; unit?: string; summary: string },
): string {
  const h = (k: keyof typeof HEADERS): string => text(o.lang, HEADERS, k);
  const header = [
    h('no'),
    h('owner'),
    ...(o.unit ? [h('role')] : []),
    h('type'),
    h('title'),
    h('source'),
    h('dueDate'),
    h('overdueState'),
    h('status'),
    h('note'),
  ];
  const lines = [markdownCell(o.summary)];
  if (items.length > 0) {
    lines.push('', `| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---:' : '---')).join(' | ')} |`);
    items.forEach((item, n) => {
      const role = o.unit ? roleOf(item, o.unit) : undefined;
      const cells = [
        String(n + 1),
        o.names.unit(item.owner),
        ...(o.unit ? [role ? roleLabel(item, role, o.lang) : ''] : []),
        typeLabel(item.type, o.lang),
        whatToDo(item, o.lang),
        item.meeting !== null ? o.names.meeting(item.meeting) : '',
        item.due ?? '',
        item.days_overdue === null ? '' : daysText(item.days_overdue, o.lang),
        statusLabel(item.status, o.lang),
        remark(item, o),
      ];
      lines.push(`| ${cells.map(markdownCell).join(' | ')} |`);
    });
  }
  return lines.join('\n') + '\n';
}
