// Words for supervision items in Chinese and English, shared by the table, CSV and Markdown formats.
import type { Lang, Message } from '../core/diagnostic.js';
import { text } from '../core/messages.js';
import { HEADERS, SUMMARY, SUPERVISION } from '../i18n/supervision.js';
import { ITEM_TYPE_TERMS, listText, OPINION_TERMS, seatName, STATUS_TERMS, type StatusTerm } from '../i18n/vocabulary.js';
import type { Records } from '../model/records.js';
import { OFFICE, type ItemStatus, type ItemType, type SupervisionItem, type UnitRole } from '../model/supervision-item.js';
import type { GroupBy } from '../model/supervision.js';
import type { TaskCounts } from '../model/task-list.js';

export { HEADERS };

/** The words of an item's status: a task's from the shared vocabulary, an opinion's and a meeting's here. */
const STATUS_WORDS: Record<ItemStatus, Message> = {
  ...STATUS_TERMS,
  no_response: OPINION_TERMS.none,
  draft: SUPERVISION.minutesDraft,
  none: SUPERVISION.minutesNone,
  not_held: SUPERVISION.notHeld,
};

export function typeLabel(type: ItemType, lang: Lang): string {
  return type === 'supervision' ? text(lang, SUMMARY, 'supervisionReply') : ITEM_TYPE_TERMS[type][lang];
}

export function statusLabel(status: ItemStatus, lang: Lang): string {
  return STATUS_WORDS[status][lang];
}

export function levelLabel(level: SupervisionItem['level'], lang: Lang): string {
  return level === null ? '' : text(lang, SUPERVISION, level === 'overdue' ? 'overdue' : 'dueSoon');
}

const OTHER_ROLES = { lead: 'roleFormerLead', responsible: 'roleResponsible', cooperating: 'roleCooperating' } as const;

/** The role of the unit asked for with --unit, as the unit reads it. */
export function roleLabel(item: SupervisionItem, role: UnitRole, lang: Lang): string {
  if (role !== 'owner') return text(lang, SUPERVISION, OTHER_ROLES[role]);
  if (item.type === 'task') return text(lang, SUPERVISION, item.lead !== item.owner ? 'roleSuccessor' : 'roleLead');
  return text(lang, SUPERVISION, item.type === 'opinion' ? 'roleToAnswer' : 'roleOwner');
}

/** "逾期 3 天" / "今天到期" / "2 天后到期", or "-" when the item has no running deadline. */
export function daysText(days: number | null, lang: Lang): string {
  if (days === null) return '-';
  if (days === 0) return text(lang, SUPERVISION, 'dueToday');
  return days > 0 ? text(lang, SUPERVISION, 'daysOverdue', { n: days }) : text(lang, SUPERVISION, 'dueIn', { n: -days });
}

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
      if (id === OFFICE) return text(lang, SUPERVISION, 'office');
      const member = records.members.get(id)?.data;
      if (!member) return id;
      // The leader's or a deputy's seat in a unit that also holds a member seat (县民政局局长 beside 县民政局) is
      // named with its post, so that the two never read as one.
      const leading = member.role === 'leader' || member.role === 'deputy';
      if (leading && sharedUnits().has(member.unit)) return seatName(member, lang, { post: true });
      return member.unit;
    },
    meeting(id) {
      return records.meetings.get(id)?.data.title ?? id;
    },
  };
}

export function joinNames(ids: readonly string[], names: Names, lang: Lang): string {
  return listText(
    ids.map((id) => names.unit(id)),
    lang,
  );
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
  return text(lang, SUPERVISION, 'orphan', { unit, left });
}

/** Title of the item for a year without a plenary. */
export function plenaryTitle(lang: Lang): (year: number) => string {
  return (year) => text(lang, SUPERVISION, 'plenaryOfYear', { year });
}

export function groupHeader(by: GroupBy, lang: Lang): string {
  return text(lang, HEADERS, by);
}

const COUNT_KEYS = {
  task: 'countTask',
  opinion: 'countOpinion',
  supervision: 'countSupervision',
  minutes: 'countMinutes',
  plenary: 'countPlenary',
} as const;

function countByType(items: readonly SupervisionItem[], lang: Lang): string {
  const order: ItemType[] = ['task', 'opinion', 'supervision', 'minutes', 'plenary'];
  const parts: string[] = [];
  for (const type of order) {
    const n = items.filter((i) => i.type === type).length;
    if (n > 0) parts.push(text(lang, SUMMARY, COUNT_KEYS[type], { n }));
  }
  return listText(parts, lang);
}

/** One line: how many items are overdue and due soon, by kind. */
export function overdueSummary(items: readonly SupervisionItem[], asOf: string, withinDays: number, lang: Lang, unitName?: string): string {
  const overdue = items.filter((i) => i.level === 'overdue');
  const soon = items.filter((i) => i.level === 'due-soon');
  const parts = [
    overdue.length > 0
      ? text(lang, SUMMARY, 'overdueSome', { n: overdue.length, kinds: countByType(overdue, lang) })
      : text(lang, SUMMARY, unitName ? 'overdueNoneForUnit' : 'overdueNone'),
  ];
  if (soon.length > 0) {
    const counted = { n: soon.length, kinds: countByType(soon, lang) };
    parts.push(withinDays > 0 ? text(lang, SUMMARY, 'soonWithin', { ...counted, days: withinDays }) : text(lang, SUMMARY, 'soon', counted));
  } else if (withinDays > 0) parts.push(text(lang, SUMMARY, 'soonNone', { days: withinDays }));
  const joined = parts.join(text(lang, SUMMARY, 'partsSeparator'));
  return unitName
    ? text(lang, SUMMARY, 'overdueLineForUnit', { asOf, unit: unitName, parts: joined })
    : text(lang, SUMMARY, 'overdueLine', { asOf, parts: joined });
}

/** One line: total, done, in progress, open, blocked, (superseded,) overdue. */
export function tasksSummary(counts: TaskCounts, asOf: string, lang: Lang): string {
  const shown: StatusTerm[] = ['done', 'in_progress', 'open', 'blocked', ...(counts.superseded > 0 ? (['superseded'] as const) : [])];
  const parts = shown.map((status) => text(lang, SUMMARY, 'statusCount', { status: STATUS_TERMS[status], n: counts[status] }));
  return text(lang, SUMMARY, 'tasksLine', { asOf, total: counts.total, parts: listText(parts, lang), overdue: counts.overdue });
}
