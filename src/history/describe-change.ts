// One commit's change to a record, said in the record's own terms: "progress + done (2024-12-20, mz)",
// "due 2024-06-30 → 2024-12-31", "minutes issued".
import type { Message } from '../core/diagnostic.js';
import type { RecordKind } from '../model/types.js';
import { dueDateOf } from '../model/task-state.js';
import { appendOnlyChanges, fieldChanges, isShortScalar, showValue } from './field-changes.js';

const STATUS: Record<string, Message> = {
  in_progress: { zh: '落实中', en: 'in_progress' },
  blocked: { zh: '遇到困难', en: 'blocked' },
  done: { zh: '已完成', en: 'done' },
};

const FIELD_ZH: Record<string, string> = {
  progress: '落实情况',
  extensions: '延期',
  due: '时限',
  lead: '牵头单位',
  responsible: '责任单位',
  cooperating: '配合单位',
  text: '决定内容',
  title: '标题',
  attendees: '出席',
  absent: '请假',
  topics: '议题',
  proceedings: '会议情况',
  holders: '担任者',
  liaisons: '联络员',
};

function zhField(field: string): string {
  return FIELD_ZH[field] ?? field;
}

type Data = Record<string, any> | undefined;

export interface VersionPair {
  kind: RecordKind;
  before?: { path: string; text: string; data: Data };
  after?: { path: string; text: string; data: Data };
}

/** The changes of one commit to one record, each a short bilingual phrase. */
export function describeChange(v: VersionPair): Message[] {
  const { before, after } = v;
  if (!before && !after) return [];
  if (!before) {
    const out: Message[] = [{ zh: '新建', en: 'created' }];
    if (v.kind === 'meeting' && after!.data?.minutes?.status === 'issued') out.push(minutesIssued(after!.data));
    return out;
  }
  if (!after) return [{ zh: '删除', en: 'deleted' }];
  const out: Message[] = [];
  if (before.path !== after.path) out.push({ zh: `由 ${before.path} 移来`, en: `moved from ${before.path}` });
  const a = before.data;
  const b = after.data;
  if (!a || !b) {
    if (before.text !== after.text)
      out.push(b ? { zh: '修复为有效的 YAML', en: 'made valid YAML again' } : { zh: '改动后不是有效的 YAML', en: 'changed into invalid YAML' });
    return out;
  }
  const handled = new Set<string>();
  if (v.kind === 'resolution') {
    for (const field of ['progress', 'extensions'] as const) {
      const { removed, edited, appended } = appendOnlyChanges(field, a[field], b[field]);
      if (removed.length + edited.length + appended.length === 0) continue;
      handled.add(field);
      for (const r of removed) out.push({ zh: `${zhField(field)}删除 ${r.field}`, en: `${r.field} removed` });
      for (const e of edited)
        out.push({ zh: `${e.field}: ${showValue(e.before)} → ${showValue(e.after)}`, en: `${e.field}: ${showValue(e.before)} → ${showValue(e.after)}` });
      if (field === 'progress')
        for (const p of appended as Array<Record<string, any>>) {
          const st = STATUS[p?.status] ?? { zh: String(p?.status), en: String(p?.status) };
          const who = p?.by ? `, ${p.by}` : '';
          out.push({ zh: `落实情况 + ${st.zh}(${p?.date}${p?.by ? `,${p.by}` : ''})`, en: `progress + ${st.en} (${p?.date}${who})` });
        }
      else {
        let due = dueDateOf({ ...a, extensions: (a.extensions ?? []) as any } as any);
        for (const x of appended as Array<Record<string, any>>) {
          out.push({
            zh: `时限 ${due ?? '∅'} → ${x?.due}(${x?.granted_by} 同意延期)`,
            en: `due ${due ?? '∅'} → ${x?.due} (extension granted by ${x?.granted_by})`,
          });
          due = x?.due;
        }
      }
    }
  }
  if (v.kind === 'meeting' && a.minutes?.status !== 'issued' && b.minutes?.status === 'issued') {
    out.push(minutesIssued(b));
    handled.add('minutes');
  }
  for (const ch of fieldChanges(a, b)) {
    const top = ch.field.split(/[.[]/)[0]!;
    if (handled.has(top)) continue;
    out.push(describeField(ch.field, ch.before, ch.after));
  }
  if (out.length === 0 && before.text !== after.text) out.push({ zh: '仅注释或格式', en: 'comments or layout only' });
  return out;
}

function minutesIssued(data: Record<string, any>): Message {
  const m = data.minutes ?? {};
  const details = [m.number, m.issued, m.signed_by].filter((x) => x !== undefined).map(String);
  return details.length
    ? { zh: `纪要印发(${details.join(',')})`, en: `minutes issued (${details.join(', ')})` }
    : { zh: '纪要印发', en: 'minutes issued' };
}

function describeField(field: string, before: unknown, after: unknown): Message {
  const zf = zhField(field);
  if (Array.isArray(before) || Array.isArray(after)) {
    const a = Array.isArray(before) ? before : [];
    const b = Array.isArray(after) ? after : [];
    if ([...a, ...b].every((x) => typeof x === 'string')) {
      const added = b.filter((x) => !a.includes(x));
      const gone = a.filter((x) => !b.includes(x));
      const parts = [...(added.length ? [`+ ${added.join(', ')}`] : []), ...(gone.length ? [`− ${gone.join(', ')}`] : [])];
      if (parts.length) return { zh: `${zf} ${parts.join(' ')}`, en: `${field} ${parts.join(' ')}` };
      return { zh: `${zf}顺序调整`, en: `${field} reordered` };
    }
    if (b.length > a.length) return { zh: `${zf} + ${b.length - a.length} 项`, en: `${field} + ${b.length - a.length}` };
    return { zh: `${zf}已修改`, en: `${field} changed` };
  }
  if (before === undefined) return isShortScalar(after) ? { zh: `${zf} + ${showValue(after)}`, en: `${field} + ${showValue(after)}` } : { zh: `${zf} 已填写`, en: `${field} added` };
  if (after === undefined) return { zh: `${zf} 已删除`, en: `${field} removed` };
  if (isShortScalar(before) && isShortScalar(after))
    return { zh: `${zf} ${showValue(before)} → ${showValue(after)}`, en: `${field} ${showValue(before)} → ${showValue(after)}` };
  return { zh: `${zf}已修改`, en: `${field} changed` };
}
