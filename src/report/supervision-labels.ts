// Words for supervision items in Chinese and English, shared by the table, CSV and Markdown formats.
import type { Lang } from '../core/diagnostic.js';
import type { Records } from '../model/records.js';
import { OFFICE, type ItemStatus, type ItemType, type SupervisionItem, type UnitRole } from '../model/supervision-item.js';
import type { GroupBy } from '../model/supervision.js';
import type { TaskCounts } from '../model/task-list.js';

type Words<K extends string> = Record<K, { zh: string; en: string }>;

const TYPES: Words<ItemType> = {
  task: { zh: '议定事项', en: 'task' },
  opinion: { zh: '书面意见', en: 'opinion' },
  minutes: { zh: '会议纪要', en: 'minutes' },
  plenary: { zh: '全体会议', en: 'plenary' },
  supervision: { zh: '督办反馈', en: 'supervision reply' },
};

const STATUSES: Words<ItemStatus> = {
  open: { zh: '未开始', en: 'open' },
  in_progress: { zh: '落实中', en: 'in progress' },
  blocked: { zh: '有困难', en: 'blocked' },
  done: { zh: '已完成', en: 'done' },
  superseded: { zh: '已替代', en: 'superseded' },
  no_response: { zh: '未反馈', en: 'no response' },
  draft: { zh: '纪要草稿', en: 'draft' },
  none: { zh: '未起草', en: 'not drafted' },
  not_held: { zh: '未召开', en: 'not held' },
};

const LEVELS: Words<'overdue' | 'due-soon'> = {
  overdue: { zh: '逾期', en: 'overdue' },
  'due-soon': { zh: '临期', en: 'due soon' },
};

export function typeLabel(type: ItemType, lang: Lang): string {
  return TYPES[type][lang];
}

export function statusLabel(status: ItemStatus, lang: Lang): string {
  return STATUSES[status][lang];
}

export function levelLabel(level: SupervisionItem['level'], lang: Lang): string {
  return level === null ? '' : LEVELS[level][lang];
}

/** The role of the unit asked for with --unit, as the unit reads it. */
export function roleLabel(item: SupervisionItem, role: UnitRole, lang: Lang): string {
  if (role === 'owner') {
    if (item.type === 'task') return item.lead !== item.owner ? (lang === 'zh' ? '接替牵头' : 'successor') : lang === 'zh' ? '牵头' : 'lead';
    if (item.type === 'opinion') return lang === 'zh' ? '应反馈' : 'to answer';
    return lang === 'zh' ? '承办' : 'owner';
  }
  const words: Words<Exclude<UnitRole, 'owner'>> = {
    lead: { zh: '原牵头', en: 'former lead' },
    responsible: { zh: '责任', en: 'responsible' },
    cooperating: { zh: '配合', en: 'cooperating' },
  };
  return words[role][lang];
}

/** "逾期 3 天" / "今天到期" / "2 天后到期", or "-" when the item has no running deadline. */
export function daysText(days: number | null, lang: Lang): string {
  if (days === null) return '-';
  if (lang === 'zh') return days > 0 ? `逾期 ${days} 天` : days === 0 ? '今天到期' : `${-days} 天后到期`;
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `${n} ${unit} overdue` : days === 0 ? 'due today' : `due in ${n} ${unit}`;
}

export const HEADERS: Words<
  'owner' | 'role' | 'type' | 'id' | 'title' | 'due' | 'status' | 'days' | 'meeting' | 'lead' | 'responsible' | 'cooperating' | 'note' | 'level' | 'no' | 'source'
> = {
  owner: { zh: '承办单位', en: 'owner' },
  role: { zh: '角色', en: 'role' },
  type: { zh: '类型', en: 'type' },
  id: { zh: '编号', en: 'id' },
  title: { zh: '事项', en: 'item' },
  due: { zh: '时限', en: 'due' },
  status: { zh: '状态', en: 'status' },
  days: { zh: '逾期', en: 'overdue' },
  meeting: { zh: '会议', en: 'meeting' },
  lead: { zh: '原牵头单位', en: 'original lead' },
  responsible: { zh: '责任单位', en: 'responsible' },
  cooperating: { zh: '配合单位', en: 'cooperating' },
  note: { zh: '备注', en: 'note' },
  level: { zh: '等级', en: 'level' },
  no: { zh: '序号', en: 'no.' },
  source: { zh: '来源会议', en: 'decided at' },
};

/** Names for ids: a member's unit (县民政局), the office (领导小组办公室), a meeting's title. */
export interface Names {
  unit(id: string): string;
  meeting(id: string): string;
  /** The day the member's seat ended, when it has ended by today (namesOf's `today`); else undefined. */
  ended?(id: string): string | undefined;
}

export function namesOf(records: Records, lang: Lang, today?: string): Names {
  let shared: Set<string> | undefined;
  /** Units that hold more than one seat. */
  const sharedUnits = (): Set<string> => {
    if (!shared) {
      const seen = new Set<string>();
      shared = new Set();
      for (const m of records.members.values()) (seen.has(m.data.unit) ? shared : seen).add(m.data.unit);
    }
    return shared;
  };
  return {
    ended(id) {
      const left = records.members.get(id)?.data.left;
      return today !== undefined && left !== undefined && left <= today ? left : undefined;
    },
    unit(id) {
      if (id === OFFICE) return lang === 'zh' ? '领导小组办公室' : 'the office';
      const member = records.members.get(id)?.data;
      if (!member) return id;
      // The leader's or a deputy's seat in a unit that also holds a member seat (县民政局局长 beside 县民政局) is
      // named with its post, so that the two never read as one.
      const leading = member.role === 'leader' || member.role === 'deputy';
      if (leading && sharedUnits().has(member.unit))
        return lang === 'zh' ? `${member.unit}${member.position}` : `${member.unit} (${member.position})`;
      return member.unit;
    },
    meeting(id) {
      return records.meetings.get(id)?.data.title ?? id;
    },
  };
}

export function joinNames(ids: readonly string[], names: Names, lang: Lang): string {
  return ids.map((id) => names.unit(id)).join(lang === 'zh' ? '、' : ', ');
}

/**
 * A task whose owner's seat has ended names nobody who can carry it on (the lead left without a successor,
 * or the chain of successors ends in a seat that left): 县老干部局已于 2025-04-01 撤销,没有接替单位.
 */
export function orphanNote(item: SupervisionItem, names: Names, lang: Lang): string | undefined {
  if (item.type !== 'task') return undefined;
  const left = names.ended?.(item.owner);
  if (left === undefined) return undefined;
  const unit = names.unit(item.owner);
  return lang === 'zh' ? `${unit}已于 ${left} 撤销,没有接替单位` : `${unit} left the body on ${left} with no successor`;
}

/** Title of the item for a year without a plenary. */
export function plenaryTitle(lang: Lang): (year: number) => string {
  return (year) => (lang === 'zh' ? `${year}年全体会议` : `Plenary meeting of ${year}`);
}

export function groupHeader(by: GroupBy, lang: Lang): string {
  return HEADERS[by][lang];
}

function countByType(items: readonly SupervisionItem[], lang: Lang): string {
  const order: ItemType[] = ['task', 'opinion', 'supervision', 'minutes', 'plenary'];
  const parts: string[] = [];
  for (const type of order) {
    const n = items.filter((i) => i.type === type).length;
    if (n === 0) continue;
    if (lang === 'zh') parts.push(`${TYPES[type].zh} ${n}`);
    else {
      const noun = type === 'task' ? 'task' : type === 'opinion' ? 'opinion' : type === 'minutes' ? 'minutes' : type === 'supervision' ? 'supervision reply' : 'plenary';
      const plural = type === 'plenary' ? 'plenaries' : type === 'supervision' ? 'supervision replies' : `${noun}s`;
      parts.push(`${n} ${n === 1 || type === 'minutes' ? noun : plural}`);
    }
  }
  return parts.join(lang === 'zh' ? '、' : ', ');
}

/** One line: how many items are overdue and due soon, by kind. */
export function overdueSummary(
  items: readonly SupervisionItem[],
  asOf: string,
  withinDays: number,
  lang: Lang,
  unitName?: string,
): string {
  const overdue = items.filter((i) => i.level === 'overdue');
  const soon = items.filter((i) => i.level === 'due-soon');
  const who = unitName ? (lang === 'zh' ? `涉及${unitName}的事项` : `concerning ${unitName}: `) : '';
  if (lang === 'zh') {
    const parts = [overdue.length > 0 ? `逾期 ${overdue.length} 项(${countByType(overdue, lang)})` : unitName ? '没有逾期' : '没有逾期事项'];
    if (soon.length > 0) parts.push(`${withinDays > 0 ? `${withinDays} 日内` : '即将'}到期 ${soon.length} 项(${countByType(soon, lang)})`);
    else if (withinDays > 0) parts.push(`${withinDays} 日内没有到期事项`);
    return `截至 ${asOf},${who}${who ? ':' : ''}${parts.join(';')}。`;
  }
  const parts = [overdue.length > 0 ? `${overdue.length} overdue (${countByType(overdue, lang)})` : 'nothing overdue'];
  if (soon.length > 0) parts.push(`${soon.length} due ${withinDays > 0 ? `within ${withinDays} day${withinDays === 1 ? '' : 's'}` : 'soon'} (${countByType(soon, lang)})`);
  else if (withinDays > 0) parts.push(`nothing due within ${withinDays} day${withinDays === 1 ? '' : 's'}`);
  return `As of ${asOf}, ${who}${parts.join('; ')}.`;
}

/** One line: total, done, in progress, open, blocked, (superseded,) overdue. */
export function tasksSummary(counts: TaskCounts, asOf: string, lang: Lang): string {
  if (lang === 'zh') {
    const parts = [`已完成 ${counts.done}`, `落实中 ${counts.in_progress}`, `未开始 ${counts.open}`, `有困难 ${counts.blocked}`];
    if (counts.superseded > 0) parts.push(`已替代 ${counts.superseded}`);
    return `截至 ${asOf},共 ${counts.total} 项任务:${parts.join('、')};其中逾期 ${counts.overdue} 项。`;
  }
  const parts = [`${counts.done} done`, `${counts.in_progress} in progress`, `${counts.open} open`, `${counts.blocked} blocked`];
  if (counts.superseded > 0) parts.push(`${counts.superseded} superseded`);
  return `As of ${asOf}, ${counts.total} task${counts.total === 1 ? '' : 's'}: ${parts.join(', ')}; ${counts.overdue} overdue.`;
}
