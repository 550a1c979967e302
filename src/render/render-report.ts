// yishi render report: the year's work in figures [四(二)]: meetings by kind and whether the plenary
// requirement was met [五(一)], decisions and how their tasks stand per lead unit and in total (with a Mermaid
// chart), deadline extensions, written reviews and their response rates, minutes issued and their delay.
// Tasks are counted as they stood on the as-of date; "per lead unit" is the unit that owns the task on that
// date (a unit's successor carries its tasks).
import { daysBetween } from '../model/dates.js';
import { ownerOf } from '../model/owner-of.js';
import { isHeld } from '../model/plenary-years.js';
import { meetingsInOrder, membersInOrder, resolutionsInOrder, type Rec, type Records } from '../model/records.js';
import { resolutionOn } from '../model/resolution-on.js';
import { doneOn, dueDateOf, isOverdue, isSuperseded, isTask, statusOf } from '../model/task-state.js';
import type { Meeting, Resolution } from '../model/types.js';
import { minutesNumber, resolutionHeading, tallyOf } from './minutes-parts.js';
import { unitName } from './names.js';
import { supervisionSection } from './report-supervision.js';
import { KIND_ORDER, MarkdownDoc, count, dateText, inline, kindName, sectionNo, statusName, t, table, type Lang } from './wording.js';

export interface ReportOptions {
  lang: Lang;
  year: number;
  /** Meetings after this date are not yet held; tasks are counted as they stood on it. */
  asOf: string;
}

interface TaskTally {
  tasks: number;
  onTime: number;
  late: number;
  open: number;
  overdue: number;
  blocked: number;
  superseded: number;
}

const emptyTally = (): TaskTally => ({ tasks: 0, onTime: 0, late: 0, open: 0, overdue: 0, blocked: 0, superseded: 0 });

function addTask(tally: TaskTally, state: Resolution, asOf: string): void {
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

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

export function renderReport(records: Records, options: ReportOptions): string {
  const { lang, year, asOf } = options;
  const doc = new MarkdownDoc();
  const y = String(year);
  const inYear = (date: string): boolean => date.startsWith(`${y}-`);
  const held = meetingsInOrder(records).filter((m) => inYear(m.data.date) && isHeld(m.data, asOf));
  const heldIds = new Set(held.map((m) => m.id));
  const yearEnded = asOf > `${y}-12-31`;

  doc.heading(1, t(lang, `${inline(records.body?.data.name ?? '')}${y}年度工作情况报告`, `Annual report ${y}: ${inline(records.body?.data.name ?? '')}`));
  doc.add(
    t(
      lang,
      `(统计截至${dateText(asOf, lang)})`,
      `Figures as of ${dateText(asOf, lang)}.`,
    ),
  );

  // 一、会议召开情况
  doc.heading(2, `${sectionNo(1, lang)}${t(lang, '会议召开情况', 'Meetings')}`);
  const byKind = KIND_ORDER.map((kind) => ({ kind, n: held.filter((m) => m.data.kind === kind).length }));
  const plenaries = byKind[0]!.n;
  const kinds = byKind.map(({ kind, n }) => t(lang, `${kindName(kind, lang)}${n}次`, `${n} ${kindName(kind, lang)}${n === 1 ? '' : 's'}`));
  const requirement = t(lang, '“全体会议原则上每年召开不少于1次”的要求[五(一)]', 'the requirement of at least one plenary meeting a year [五(一)]');
  const plenaryVerdict =
    plenaries > 0
      ? t(lang, `全体会议召开${plenaries}次,符合${requirement}。`, `With ${count(plenaries, '次', 'plenary meeting', lang)}, the body met ${requirement}.`)
      : yearEnded
        ? t(lang, `全年未召开全体会议,未达到${requirement}。`, `No plenary meeting was held: the body did not meet ${requirement}.`)
        : t(lang, `截至${dateText(asOf, lang)}尚未召开全体会议;按照${requirement},年内须召开。`, `No plenary meeting has been held by ${dateText(asOf, lang)}; ${requirement} still has to be met this year.`);
  doc.add(
    t(
      lang,
      `${y}年共召开会议(含书面审议)${held.length}次,其中${kinds.join(',')}。${plenaryVerdict}`,
      `In ${y} the body held ${count(held.length, '次', 'meeting', lang)} (written reviews included): ${kinds.join(', ')}. ${plenaryVerdict}`,
    ),
  );
  if (held.length > 0)
    doc.add(
      table(
        lang === 'zh' ? ['序号', '日期', '会议', '类型', '议定事项'] : ['No.', 'Date', 'Meeting', 'Kind', 'Decisions'],
        held.map((m, i) => [
          String(i + 1),
          dateText(m.data.date, lang),
          inline(m.data.title),
          kindName(m.data.kind, lang),
          String([...records.resolutions.values()].filter((r) => r.data.meeting === m.id).length),
        ]),
      ),
    );

  // 二、议定事项及落实情况
  doc.heading(2, `${sectionNo(2, lang)}${t(lang, '议定事项落实情况', 'Decisions and their tasks')}`);
  const decided = resolutionsInOrder(records).filter((r) => heldIds.has(r.data.meeting));
  const tasks = decided.filter((r) => isTask(r.data));
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
  doc.add(
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
    doc.add(
      table(
        lang === 'zh'
          ? ['牵头单位', '任务', '按时办结', '逾期办结', '未办结', '其中逾期', '其中受阻', '被替代', '办结率']
          : ['Lead unit', 'Tasks', 'Done on time', 'Done late', 'Open', 'Of which overdue', 'Of which blocked', 'Superseded', 'Completion'],
        [...units.map((u) => row(unitName(records, u), perUnit.get(u)!)), row(t(lang, '**合计**', '**Total**'), total)],
      ),
    );
    doc.add(
      t(
        lang,
        '办结率 = (按时办结 + 逾期办结) ÷ (任务 − 被替代)。',
        'Completion = (done on time + done late) ÷ (tasks − superseded).',
      ),
    );
    for (const [lead, owners] of [...transfers].sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9)))
      doc.add(
        t(
          lang,
          `注:${unitName(records, lead)}牵头的事项由${[...owners].map((o) => unitName(records, o)).join('、')}承接,计入承接单位。`,
          `Note: the tasks led by ${unitName(records, lead)} passed to ${[...owners].map((o) => unitName(records, o)).join(', ')} and are counted there.`,
        ),
      );
    doc.add(chart(records, units, perUnit, lang));
    attention(doc, records, tasks, asOf, lang);
  }

  // 三、延期情况
  doc.heading(2, `${sectionNo(3, lang)}${t(lang, '延期情况', 'Extensions')}`);
  extensions(doc, records, inYear, asOf, lang);

  // 四、书面审议
  doc.heading(2, `${sectionNo(4, lang)}${t(lang, '书面审议', 'Written reviews')}`);
  writtenReviews(doc, records, held.filter((m) => m.data.kind === 'written'), lang);

  // 五、会议纪要印发
  doc.heading(2, `${sectionNo(5, lang)}${t(lang, '会议纪要印发情况', 'Minutes')}`);
  minutes(doc, records, held, asOf, lang);

  // 六、督办情况
  supervisionSection(doc, records, 6, year, asOf, lang);
  return doc.toString();
}

/** The open tasks that are overdue or blocked, with their owner and days overdue, most days first. */
function attention(doc: MarkdownDoc, records: Records, tasks: Rec<Resolution>[], asOf: string, lang: Lang): void {
  const rows = tasks
    .map((r, order) => ({ r, state: resolutionOn(records, r.data, asOf), order }))
    .filter(({ state }) => !isSuperseded(state) && statusOf(state) !== 'done' && (isOverdue(state, asOf) || statusOf(state) === 'blocked'))
    .map((x) => ({ ...x, days: isOverdue(x.state, asOf) ? daysBetween(dueDateOf(x.state)!, asOf) : 0 }))
    .sort((a, b) => b.days - a.days || a.order - b.order);
  if (rows.length === 0) return;
  doc.add(t(lang, '逾期未办结和落实受阻的事项:', 'Tasks overdue or blocked:'));
  doc.add(
    table(
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
    ),
  );
}

/** A Mermaid bar chart of tasks per lead unit (bars) with the number done (line): GitHub and GitLab draw it. */
function chart(records: Records, units: string[], perUnit: Map<string, TaskTally>, lang: Lang): string {
  const label = (s: string): string => `"${s.replace(/["\\]/g, '')}"`;
  const totals = units.map((u) => perUnit.get(u)!.tasks);
  const done = units.map((u) => perUnit.get(u)!.onTime + perUnit.get(u)!.late);
  const max = Math.max(1, ...totals);
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${label(t(lang, '各牵头单位任务数(柱)与已办结数(线)', 'Tasks per lead unit (bars) and tasks done (line)'))}`,
    `    x-axis [${units.map((u) => label(records.members.get(u)?.data.unit ?? u)).join(', ')}]`,
    `    y-axis ${label(t(lang, '项', 'tasks'))} 0 --> ${max}`,
    `    bar [${totals.join(', ')}]`,
    `    line [${done.join(', ')}]`,
    '```',
  ].join('\n');
}

function extensions(doc: MarkdownDoc, records: Records, inYear: (date: string) => boolean, asOf: string, lang: Lang): void {
  const rows: string[][] = [];
  for (const r of resolutionsInOrder(records)) {
    let previous = r.data.due;
    for (const e of r.data.extensions ?? []) {
      const by = records.meetings.get(e.granted_by)?.data;
      if (by && inYear(by.date) && by.date <= asOf)
        rows.push([
          String(rows.length + 1),
          resolutionHeading(r.data, lang),
          unitName(records, r.data.lead ?? ''),
          previous ? dateText(previous, lang) : '',
          dateText(e.due, lang),
          inline(by.title),
          inline(e.reason ?? ''),
        ]);
      previous = e.due;
    }
  }
  if (rows.length === 0) {
    doc.add(t(lang, '本年度未批准延期。', 'No deadline was extended this year.'));
    return;
  }
  doc.add(t(lang, `本年度经领导小组审议同意延期${rows.length}次。`, `${count(rows.length, '次', 'extension', lang)} granted this year.`));
  doc.add(
    table(
      lang === 'zh'
        ? ['序号', '事项', '牵头单位', '原时限', '延至', '批准', '原因']
        : ['No.', 'Task', 'Lead', 'Was due', 'Now due', 'Granted by', 'Reason'],
      rows,
    ),
  );
}

function writtenReviews(doc: MarkdownDoc, records: Records, reviews: Rec<Meeting>[], lang: Lang): void {
  if (reviews.length === 0) {
    doc.add(t(lang, '本年度未开展书面审议。', 'No written review this year.'));
    return;
  }
  let asked = 0;
  let answered = 0;
  let onTime = 0;
  const rows = reviews.map((m, i) => {
    const tally = tallyOf(records, m.data);
    const participants = new Set(tally.rows.slice(0, tally.asked).map((r) => r.member));
    const responses = tally.rows.filter((r) => participants.has(r.member) && r.response).map((r) => r.response!);
    const timely = responses.filter((r) => m.data.respond_by === undefined || r.date <= m.data.respond_by).length;
    asked += tally.asked;
    answered += responses.length;
    onTime += timely;
    return [
      String(i + 1),
      inline(m.data.title),
      String(tally.asked),
      String(responses.length),
      percent(responses.length, tally.asked),
      percent(timely, tally.asked),
      `${tally.agree}/${tally.disagree}/${tally.comment}`,
    ];
  });
  doc.add(
    t(
      lang,
      `本年度开展书面审议${reviews.length}次,共征求成员单位意见${asked}家次,反馈${answered}家次,反馈率${percent(answered, asked)},按时反馈率${percent(onTime, asked)}。`,
      `${count(reviews.length, '次', 'written review', lang)} this year: ${asked} opinions asked, ${answered} given, a response rate of ${percent(answered, asked)} (${percent(onTime, asked)} on time).`,
    ),
  );
  doc.add(
    table(
      lang === 'zh'
        ? ['序号', '书面审议', '征求意见', '已反馈', '反馈率', '按时反馈率', '同意/不同意/有意见']
        : ['No.', 'Written review', 'Asked', 'Responded', 'Response rate', 'On time', 'Agree/disagree/comment'],
      rows,
    ),
  );
}

function minutes(doc: MarkdownDoc, records: Records, held: Rec<Meeting>[], asOf: string, lang: Lang): void {
  if (held.length === 0) {
    doc.add(t(lang, '本年度未召开会议。', 'No meeting was held this year.'));
    return;
  }
  const issuedBy = (m: Meeting): string | undefined =>
    m.minutes?.status === 'issued' && m.minutes.issued !== undefined && m.minutes.issued <= asOf ? m.minutes.issued : undefined;
  const issued = held.filter((m) => issuedBy(m.data) !== undefined);
  const delays = issued.map((m) => daysBetween(m.data.date, issuedBy(m.data)!));
  const average = delays.length > 0 ? (delays.reduce((a, b) => a + b, 0) / delays.length).toFixed(1) : undefined;
  const pending = held.filter((m) => issuedBy(m.data) === undefined);
  doc.add(
    t(
      lang,
      `本年度召开的${held.length}次会议中,已印发会议纪要${issued.length}份${average !== undefined ? `,平均在会后${average}天印发` : ''}` +
        `${pending.length > 0 ? `;尚未印发${pending.length}份(${pending.map((m) => inline(m.data.title)).join('、')})` : ''}。`,
      `Of the ${count(held.length, '次', 'meeting', lang)} held this year, ${issued.length} ha${issued.length === 1 ? 's' : 've'} issued minutes` +
        `${average !== undefined ? `, on average ${average} days after the meeting` : ''}` +
        `${pending.length > 0 ? `; ${pending.length} not yet (${pending.map((m) => inline(m.data.title)).join(', ')})` : ''}.`,
    ),
  );
  doc.add(
    table(
      lang === 'zh' ? ['序号', '会议', '纪要文号', '会议日期', '印发日期', '间隔天数'] : ['No.', 'Meeting', 'Number', 'Held', 'Issued', 'Days'],
      held.map((m, i) => {
        const on = issuedBy(m.data);
        return [
          String(i + 1),
          inline(m.data.title),
          on ? (minutesNumber(records, m.data) ?? '') : t(lang, '未印发', 'not issued'),
          dateText(m.data.date, lang),
          on ? dateText(on, lang) : '',
          on ? String(daysBetween(m.data.date, on)) : '',
        ];
      }),
    ),
  );
}
