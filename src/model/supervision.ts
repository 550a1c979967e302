// What the office supervises on a date (督办) [五(一), 五(四), 五(五), 五(六)]: tasks past their due date,
// written-review opinions not given, minutes not issued in time, years without a plenary; and, with a
// horizon, what falls due soon. Pure: records and today in, items out, most overdue first.
import { daysBetween } from './dates.js';
import { addCountedDays, type DayCount } from './working-days.js';
import { membersInOfficeOn } from './in-office-on.js';
import { isHeld, yearsWithoutPlenary } from './plenary-years.js';
import { meetingsInOrder, membersInOrder, resolutionsInOrder, type Records } from './records.js';
import { isTask } from './task-state.js';
import { OFFICE, supervisionMarks, taskItem, type ItemLevel, type SupervisionItem } from './supervision-item.js';
import { replyItems } from './supervision-reply-items.js';

export interface SupervisionOptions {
  /**
   * Also list what falls due in the next N days, today included (due between today and today+N-1):
   * the yellow cards. 0 (default): only what is overdue.
   */
  withinDays?: number;
  /** Days after a meeting within which its minutes must be issued (minutes-issued rule); undefined: not checked. */
  minutesDays?: number;
  /** How minutesDays are counted (the minutes-issued rule's `count`); default calendar. */
  minutesCount?: DayCount;
  /** Warn about the current year once fewer than this many days remain without a plenary (plenary-per-year rule);
   * undefined: not checked. */
  plenaryDays?: number;
  /** Title of a year's plenary item, e.g. (2025) => '2025年全体会议'. */
  plenaryTitle?: (year: number) => string;
}

/** Level of something due on `due` as of `today`: overdue after the due date, due-soon inside the horizon. */
export function levelOf(due: string, today: string, withinDays: number): ItemLevel | null {
  const days = daysBetween(due, today);
  if (days > 0) return 'overdue';
  return -days < withinDays ? 'due-soon' : null;
}

/** Tasks that are overdue, or open and due within the horizon. */
export function taskItems(records: Records, today: string, withinDays = 0): SupervisionItem[] {
  return resolutionsInOrder(records)
    .filter((r) => isTask(r.data))
    .map((r) => taskItem(records, r, today, withinDays))
    .filter((item) => item.level !== null);
}

/**
 * Participants of a written review (default: every member in office on the meeting date) with no opinion,
 * once `respond_by` has passed (or falls within the horizon). The review must have been circulated.
 */
export function opinionItems(records: Records, today: string, withinDays = 0): SupervisionItem[] {
  const items: SupervisionItem[] = [];
  for (const m of meetingsInOrder(records)) {
    const meeting = m.data;
    if (meeting.kind !== 'written' || meeting.respond_by === undefined) continue;
    if ((meeting.circulated ?? meeting.date) > today) continue;
    const level = levelOf(meeting.respond_by, today, withinDays);
    if (level === null) continue;
    const participants = meeting.participants ?? membersInOfficeOn(records, meeting.date).map((r) => r.id);
    const answered = new Set((meeting.responses ?? []).map((r) => r.member));
    for (const member of participants) {
      if (answered.has(member)) continue;
      items.push({
        type: 'opinion',
        level,
        id: m.id,
        title: meeting.title,
        owner: member,
        lead: null,
        responsible: [],
        cooperating: [],
        meeting: m.id,
        due: meeting.respond_by,
        days_overdue: daysBetween(meeting.respond_by, today),
        status: 'no_response',
        note: null,
        ...supervisionMarks(records, m.id, today, member),
      });
    }
  }
  return items;
}

/** Held meetings whose minutes are not issued `minutesDays` days after the meeting (or soon will not be). */
export function minutesItems(
  records: Records,
  today: string,
  minutesDays: number,
  withinDays = 0,
  count: DayCount = 'calendar',
): SupervisionItem[] {
  const items: SupervisionItem[] = [];
  for (const m of meetingsInOrder(records)) {
    const meeting = m.data;
    if (!isHeld(meeting, today) || meeting.minutes?.status === 'issued') continue;
    const due = addCountedDays(meeting.date, minutesDays, count);
    const level = levelOf(due, today, withinDays);
    if (level === null) continue;
    items.push({
      type: 'minutes',
      level,
      id: m.id,
      title: meeting.title,
      owner: OFFICE,
      lead: null,
      responsible: [],
      cooperating: [],
      meeting: m.id,
      due,
      days_overdue: daysBetween(due, today),
      status: meeting.minutes ? 'draft' : 'none',
      note: null,
      supervised: 0,
      supervisions: [],
    });
  }
  return items;
}

/**
 * Years without a held plenary: an ended year is overdue; the current year is due soon once fewer than
 * `plenaryDays` days remain, or when its last day falls within the horizon.
 */
export function plenaryItems(
  records: Records,
  today: string,
  plenaryDays: number,
  withinDays = 0,
  title: (year: number) => string = (year) => `${year}年全体会议`,
): SupervisionItem[] {
  const year = Number(today.slice(0, 4));
  const gaps = yearsWithoutPlenary(records, today, Math.max(plenaryDays, withinDays + 1));
  return gaps
    .filter((g) => g.ended || g.year !== year || g.daysLeft < plenaryDays || g.daysLeft <= withinDays)
    .map((g) => {
      const due = `${g.year}-12-31`;
      return {
        type: 'plenary' as const,
        level: g.ended ? ('overdue' as const) : ('due-soon' as const),
        id: String(g.year),
        title: title(g.year),
        owner: OFFICE,
        lead: null,
        responsible: [],
        cooperating: [],
        meeting: null,
        due,
        days_overdue: daysBetween(due, today),
        status: 'not_held' as const,
        note: null,
        supervised: 0,
        supervisions: [],
      };
    });
}

const TYPE_ORDER = { task: 0, opinion: 1, supervision: 2, minutes: 3, plenary: 4 } as const;

/**
 * Most overdue first; then tasks before opinions, minutes and plenaries; then by due date, id, and the
 * owner's place in the notice's order (the office last).
 */
export function sortItems(records: Records, items: readonly SupervisionItem[]): SupervisionItem[] {
  const rank = new Map(membersInOrder(records).map((m, i) => [m.id, i]));
  const ownerRank = (id: string): number => rank.get(id) ?? (id === OFFICE ? 1e6 : 1e6 + 1);
  return [...items].sort(
    (a, b) =>
      (b.days_overdue ?? -Infinity) - (a.days_overdue ?? -Infinity) ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      cmp(a.due ?? '', b.due ?? '') ||
      cmp(a.id, b.id) ||
      ownerRank(a.owner) - ownerRank(b.owner),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Everything the office must chase on `today`, most overdue first. */
export function supervisionItems(records: Records, today: string, options: SupervisionOptions = {}): SupervisionItem[] {
  const within = options.withinDays ?? 0;
  const items = [
    ...taskItems(records, today, within),
    ...opinionItems(records, today, within),
    ...replyItems(records, today, within),
    ...(options.minutesDays !== undefined ? minutesItems(records, today, options.minutesDays, within, options.minutesCount) : []),
    ...(options.plenaryDays !== undefined ? plenaryItems(records, today, options.plenaryDays, within, options.plenaryTitle) : []),
  ];
  return sortItems(records, items);
}

export type GroupBy = 'owner' | 'due' | 'meeting';

export interface ItemGroup {
  /** The owner id, the due date or the meeting id; '' for items without one. */
  key: string;
  items: SupervisionItem[];
}

/** Items grouped by `by`, groups in the order of their first (most overdue) item, items keeping their order. */
export function groupItems(items: readonly SupervisionItem[], by: GroupBy): ItemGroup[] {
  const groups = new Map<string, SupervisionItem[]>();
  for (const item of items) {
    const key = (by === 'owner' ? item.owner : by === 'due' ? item.due : item.meeting) ?? '';
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, list]) => ({ key, items: list }));
}
