// The annual report's section 二: the decisions of the year's meetings, how their tasks stand per lead unit and
// in total as of a date (the owner after succession carries a unit's tasks), the chart, and what needs attention.
import { daysBetween } from '../model/dates.js';
import { ownerOf } from '../model/owner-of.js';
import { membersInOrder, resolutionsInOrder, type Rec, type Records } from '../model/records.js';
import { resolutionOn } from '../model/resolution-on.js';
import { doneOn, dueDateOf, isOverdue, isSuperseded, isTask, statusOf } from '../model/task-state.js';
import type { Resolution } from '../model/types.js';
import type { ChartData, DocumentBuilder } from '../document/blocks.js';
import { resolutionHeading } from './minutes-parts.js';
import { unitName } from './names.js';
import { count, dateText, sectionNo, statusName, t, type Lang } from './wording.js';

export interface TaskTally {
  tasks: number;
  onTime: number;
  late: number;
  open: number;
  overdue: number;
  blocked: number;
  superseded: number;
}

export const emptyTally = (): TaskTally => ({ tasks: 0, onTime: 0, late: 0, open: 0, overdue: 0, blocked: 0, superseded: 0 });

export function addTask(tally: TaskTally, state: Resolution, asOf: string): void {
  tally.tasks += 1;
  if (isSuperseded(state)) tally.superseded += 1;
  else if (statusOf(state) === 'done') {
    const due = dueDateOf(state);
    const done = doneOn(state)!;
    if (due === undefined || done <= due) tally.onTime += 1;
    else tally.late += 1;
  } else {
    tally.open += 1;
    if (isOverdue(state, asOf)) tally.overdue += 1;
    if (statusOf(state) === 'blocked') tally.blocked += 1;
  }
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

interface Period {
  year: string;
  heldIds: ReadonlySet<string>;
  asOf: string;
}

/** Per lead unit (the owner on the as-of date) and in total; which leads passed their tasks to whom. */
function tallyTasks(records: Records, tasks: Rec<Resolution>[], asOf: string) {
  const total = emptyTally();
  const perUnit = new Map<string, TaskTally>();
  const transfers = new Map<string, Set<string>>();
  for (const r of tasks) {
    const state = resolutionOn(records, r.data, asOf);
    const { owner, lead } = ownerOf(records, r.data.lead!, asOf);
    if (owner !== lead) {
      if (!transfers.has(lead)) transfers.set(lead, new Set());
      transfers.get(lead)!.add(owner);
    }
    if (!perUnit.has(owner)) perUnit.set(owner, emptyTally());
    addTask(perUnit.get(owner)!, state, asOf);
    addTask(total, state, asOf);
  }
  return { total, perUnit, transfers };
}

export function tasksSection(doc: DocumentBuilder, records: Records, period: Period): void {
  const lang = doc.lang;
  const { year: y, heldIds, asOf } = period;
  doc.heading(1, `${sectionNo(2, lang)}${t(lang, '议定事项落实情况', 'Decisions and their tasks')}`);
  const decided = resolutionsInOrder(records).filter((r) => heldIds.has(r.data.meeting));
  const tasks = decided.filter((r) => isTask(r.data));
  const { total, perUnit, transfers } = tallyTasks(records, tasks, asOf);
  doc.paragraph(
    t(
      lang,
      `${y}年议定事项${decided.length}项,其中明确牵头单位和落实时限的工作任务${tasks.length}项,决定事项${decided.length - tasks.length}项。` +
        (tasks.length > 0
          ? `截至${dateText(asOf, lang)},按时办结${total.onTime}项,逾期办结${total.late}项,未办结${total.open}项(其中逾期${total.overdue}项、落实受阻${total.blocked}项),被后续议定事项替代${total.superseded}项。`
          : ''),
      `In ${y} the body decided ${count(decided.length, '项', 'item', lang)}: ${count(tasks.length, '项', 'task', lang)} with a lead unit and a deadline, ${decided.length - tasks.length} other decision${decided.length - tasks.length === 1 ? '' : 's'}.` +
        (tasks.length > 0
          ? ` As of ${dateText(asOf, lang)}: ${total.onTime} done on time, ${total.late} done late, ${total.open} open (${total.overdue} overdue, ${total.blocked} blocked), ${total.superseded} superseded by a later decision.`
          : ''),
    ),
  );
  const order = new Map(membersInOrder(records).map((m, i) => [m.id, i]));
  const units = [...perUnit.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || (a < b ? -1 : a > b ? 1 : 0));
  if (units.length > 0) {
    const row = (name: string, x: TaskTally): string[] => [
      name,
      String(x.tasks),
      String(x.onTime),
      String(x.late),
      String(x.open),
      String(x.overdue),
      String(x.blocked),
      String(x.superseded),
      percent(x.onTime + x.late, x.tasks - x.superseded),
    ];
    doc.table(
      lang === 'zh'
        ? ['牵头单位', '任务', '按时办结', '逾期办结', '未办结', '其中逾期', '其中受阻', '被替代', '办结率']
        : ['Lead unit', 'Tasks', 'Done on time', 'Done late', 'Open', 'Of which overdue', 'Of which blocked', 'Superseded', 'Completion'],
      [...units.map((u) => row(unitName(records, u), perUnit.get(u)!)), row(t(lang, '**合计**', '**Total**'), total)],
    );
    doc.paragraph(
      t(lang, '办结率 = (按时办结 + 逾期办结) ÷ (任务 − 被替代)。', 'Completion = (done on time + done late) ÷ (tasks − superseded).'),
    );
    for (const [lead, owners] of [...transfers].sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9)))
      doc.paragraph(
        t(
          lang,
          `注:${unitName(records, lead)}牵头的事项由${[...owners].map((o) => unitName(records, o)).join('、')}承接,计入承接单位。`,
          `Note: the tasks led by ${unitName(records, lead)} passed to ${[...owners].map((o) => unitName(records, o)).join(', ')} and are counted there.`,
        ),
      );
    doc.chart(chart(records, units, perUnit, lang));
    attention(doc, records, tasks, asOf);
  }
}

/** The open tasks that are overdue or blocked, with their owner and days overdue, most days first. */
function attention(doc: DocumentBuilder, records: Records, tasks: Rec<Resolution>[], asOf: string): void {
  const lang = doc.lang;
  const rows = tasks
    .map((r, order) => ({ r, state: resolutionOn(records, r.data, asOf), order }))
    .filter(({ state }) => !isSuperseded(state) && statusOf(state) !== 'done' && (isOverdue(state, asOf) || statusOf(state) === 'blocked'))
    .map((x) => ({ ...x, days: isOverdue(x.state, asOf) ? daysBetween(dueDateOf(x.state)!, asOf) : 0 }))
    .sort((a, b) => b.days - a.days || a.order - b.order);
  if (rows.length === 0) return;
  doc.paragraph(t(lang, '逾期未办结和落实受阻的事项:', 'Tasks overdue or blocked:'));
  doc.table(
    lang === 'zh' ? ['序号', '事项', '牵头单位', '落实时限', '状态'] : ['No.', 'Task', 'Owner', 'Due', 'State'],
    rows.map(({ r, state, days }, i) => {
      const due = dueDateOf(state);
      const overdue = days > 0 ? t(lang, `逾期${days}天`, `${days} day${days === 1 ? '' : 's'} overdue`) : '';
      return [
        String(i + 1),
        resolutionHeading(r.data, lang),
        unitName(records, ownerOf(records, r.data.lead!, asOf).owner),
        due ? dateText(due, lang) : '',
        [statusName(statusOf(state), lang), overdue].filter(Boolean).join(t(lang, ',', ', ')),
      ];
    }),
  );
}

/** Tasks per lead unit (bars) with the number done (line): a Mermaid chart in Markdown, a picture in a .docx. */
function chart(records: Records, units: string[], perUnit: Map<string, TaskTally>, lang: Lang): ChartData {
  return {
    title: t(lang, '各牵头单位任务数(柱)与已办结数(线)', 'Tasks per lead unit (bars) and tasks done (line)'),
    labels: units.map((u) => records.members.get(u)?.data.unit ?? u),
    bars: units.map((u) => perUnit.get(u)!.tasks),
    line: units.map((u) => perUnit.get(u)!.onTime + perUnit.get(u)!.late),
    yLabel: t(lang, '项', 'tasks'),
  };
}
