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
import { daysText, HEADERS, namesOf, statusLabel } from './supervision-labels.js';
import { taskSupervisionLines } from './task-supervisions.js';

const APPROVAL = {
  pending: { zh: '待审批', en: 'pending' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '未批准', en: 'rejected' },
} as const;

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

export function formatTaskDetail(records: Records, rec: Rec<Resolution>, today: string, lang: Lang, chalk: ChalkInstance): string {
  const r = rec.data;
  const names = namesOf(records, lang, today);
  const zh = lang === 'zh';
  const unit = (id: string): string => (zh ? `${names.unit(id)}(${id})` : `${names.unit(id)} (${id})`);
  const units = (ids: readonly string[] | undefined): string =>
    ids && ids.length > 0 ? ids.map(unit).join(zh ? '、' : ', ') : '-';
  const meeting = records.meetings.get(r.meeting)?.data;
  const fields: Array<[string, string]> = [];
  const lines: string[] = [chalk.bold(`${rec.id}  ${r.title ?? ''}`.trimEnd())];

  fields.push([
    HEADERS.meeting[lang],
    zh
      ? `${meeting?.title ?? r.meeting}(${r.meeting}),第 ${r.no} 项${meeting ? `,${meeting.date}` : ''}`
      : `${meeting?.title ?? r.meeting} (${r.meeting}), item ${r.no}${meeting ? `, ${meeting.date}` : ''}`,
  ]);
  if (!isTask(r)) {
    fields.push([zh ? '类型' : 'kind', zh ? '决定事项(无牵头单位,无需跟踪落实)' : 'a decision without a lead: no follow-up']);
  } else {
    const item = taskItem(records, rec, today);
    const ownership = ownerOf(records, r.lead!, today);
    fields.push([zh ? '牵头单位' : 'lead', unit(r.lead!)]);
    const ended = names.ended?.(ownership.owner);
    if (ownership.chain.length > 1 || ended !== undefined)
      fields.push([
        HEADERS.owner[lang],
        unit(ownership.owner) +
          (ownership.chain.length > 1 ? `${zh ? ';席位接替:' : '; succession: '}${ownership.chain.map((id) => names.unit(id)).join(' → ')}` : '') +
          (ended !== undefined ? (zh ? `;已于 ${ended} 撤销,没有接替单位` : `; left the body on ${ended} with no successor`) : ''),
      ]);
    fields.push([HEADERS.responsible[lang], units(r.responsible)]);
    fields.push([HEADERS.cooperating[lang], units(r.cooperating)]);
    const ext = r.extensions ?? [];
    fields.push([
      zh ? '落实时限' : 'due',
      (item.due ?? '-') +
        (ext.length > 0 && r.due
          ? zh
            ? `(原定 ${r.due},延期 ${ext.length} 次)`
            : ` (first set to ${r.due}; extended ${ext.length} time${ext.length === 1 ? '' : 's'})`
          : ''),
    ]);
    const days = item.days_overdue !== null ? daysText(item.days_overdue, lang) : '';
    const statusText = `${statusLabel(item.status, lang)}${days && days !== '-' ? (zh ? `,${days}` : `, ${days}`) : ''}`;
    fields.push([HEADERS.status[lang], item.level === 'overdue' ? chalk.red(statusText) : statusText]);
  }
  if (r.superseded_by) {
    const by = records.resolutions.get(r.superseded_by)?.data.title;
    fields.push([zh ? '替代' : 'superseded by', `${r.superseded_by}${by ? (zh ? `(${by})` : ` (${by})`) : ''}`]);
  }
  if (r.approval) {
    const a = r.approval;
    fields.push([
      zh ? '报批' : 'approval',
      `${a.to}${zh ? ':' : ': '}${APPROVAL[a.status][lang]}${a.date ? (zh ? `(${a.date})` : ` (${a.date})`) : ''}`,
    ]);
  }
  const labelWidth = Math.max(...columnWidths(fields.map(([label]) => [label])));
  for (const [label, value] of fields) lines.push(`${padTo(label, labelWidth)}  ${value}`);

  lines.push('', chalk.bold(zh ? '议定内容' : 'Decision'));
  for (const l of r.text.trimEnd().split('\n')) lines.push(`  ${l}`.trimEnd());

  const ext = r.extensions ?? [];
  if (ext.length > 0) {
    lines.push('', chalk.bold(zh ? '延期' : 'Extensions'));
    let before = r.due ?? '-';
    const rows = ext.map((e) => {
      const row = [
        `${before} → ${e.due}`,
        `${records.meetings.get(e.granted_by)?.data.title ?? e.granted_by}${zh ? `(${e.granted_by})` : ` (${e.granted_by})`}`,
        e.reason ?? '',
      ];
      before = e.due;
      return row;
    });
    const widths = columnWidths(rows);
    for (const row of rows) lines.push(`  ${row.map((c, i) => (i < row.length - 1 ? padTo(c, widths[i]!) : c)).join('  ')}`.trimEnd());
  }

  if (isTask(r)) {
    lines.push('', chalk.bold(zh ? '落实情况' : 'Progress'));
    const progress = r.progress ?? [];
    if (progress.length === 0) lines.push(`  ${zh ? '尚无落实情况报告。' : 'No progress reported yet.'}`);
    const rows = progress.map((p) => [p.date, p.by ? names.unit(p.by) : '-', statusLabel(p.status, lang), (p.note ?? '').trim().replace(/\s*\n\s*/g, ' ')]);
    const widths = columnWidths(rows);
    for (const row of rows) lines.push(`  ${row.map((c, i) => (i < row.length - 1 ? padTo(c, widths[i]!) : c)).join('  ')}`.trimEnd());
  }
  lines.push(...taskSupervisionLines(records, rec.id, today, lang, (s) => chalk.bold(s)));
  return lines.join('\n') + '\n';
}
