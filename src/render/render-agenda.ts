// yishi render agenda: what the office prepares before a meeting [二(二), 五(二)]: when and where, who convenes
// and presides, the topics with who proposed and who approved them, and as the last section every open task
// of the body as it stood on the meeting date, overdue first (the standing review of outstanding items).
import { daysBetween } from '../model/dates.js';
import { ownerOf } from '../model/owner-of.js';
import { resolutionsInOrder, type Records } from '../model/records.js';
import { resolutionOn } from '../model/resolution-on.js';
import { daysOverdue, dueDateOf, isOverdue, isSuperseded, isTask, lastNoteOf, statusOf } from '../model/task-state.js';
import type { Meeting } from '../model/types.js';
import { participantsOf, resolutionHeading, shortName, topicText } from './minutes-parts.js';
import { holderName, presiderPhrase, unitName } from './names.js';
import { DocumentBuilder, type DocumentModel } from '../document/blocks.js';
import { writeMarkdown } from '../document/write-markdown.js';
import { chineseNumber, count, dateText, inline, roleName, sectionNo, statusName, t, type Lang } from './wording.js';

export interface AgendaOptions {
  lang: Lang;
}

export function renderAgenda(records: Records, meetingId: string, options: AgendaOptions): string {
  return writeMarkdown(agendaDocument(records, meetingId, options));
}

export function agendaDocument(records: Records, meetingId: string, options: AgendaOptions): DocumentModel {
  const rec = records.meetings.get(meetingId);
  if (!rec) throw new Error(`no meeting ${meetingId}`);
  const meeting = rec.data;
  const { lang } = options;
  const doc = new DocumentBuilder(lang, meeting.date);
  const title = `${shortName(records)}${lang === 'zh' ? '' : ' '}${inline(meeting.title)}`;
  const written = meeting.kind === 'written';
  doc.title(
    t(lang, `${inline(records.body?.data.name ?? '')}${inline(meeting.title)}${written ? '审议材料' : '议程'}`, `Agenda: ${title}`),
  );
  doc.list(facts(records, meeting, lang));

  doc.heading(1, `${sectionNo(1, lang)}${t(lang, written ? '审议事项' : '会议议题', 'Topics')}`);
  const topics = meeting.topics ?? [];
  if (topics.length === 0) doc.paragraph(t(lang, '议题尚未确定。', 'No topics yet.'));
  else
    doc.table(
      lang === 'zh' ? ['序号', '议题', '提出单位', '审定'] : ['No.', 'Topic', 'Proposed by', 'Approved by'],
      topics.map((tp, i) => [
        String(i + 1),
        topicText(tp, lang),
        tp.proposed_by ? unitName(records, tp.proposed_by) : '',
        tp.approved_by ? approver(records, tp.approved_by, meeting.date, lang) : t(lang, '待审定', 'not yet approved'),
      ]),
    );

  doc.heading(1, `${sectionNo(2, lang)}${t(lang, '未办结议定事项', 'Outstanding decisions')}`);
  openTasks(doc, records, meeting, lang);
  return doc.build();
}

/** Who approved a topic, short for a table cell: 组长示例甲 / leader 示例甲. */
function approver(records: Records, id: string, date: string, lang: Lang): string {
  const member = records.members.get(id)?.data;
  const name = holderName(records, id, date);
  if (!member || member.role === 'member' || !name) return presiderPhrase(records, id, date, lang);
  return t(lang, `${roleName(member.role, lang)}${name}`, `${roleName(member.role, lang)} ${name}`);
}

function facts(records: Records, meeting: Meeting, lang: Lang): string[] {
  const out: string[] = [];
  const add = (zh: string, en: string, value: string): void => {
    out.push(t(lang, `${zh}:${value}`, `${en}: ${value}`));
  };
  if (meeting.kind === 'written') {
    add(
      '提出',
      'Proposed by',
      `${meeting.delegated ? t(lang, '受组长委托,', 'on the leader’s delegation, ') : ''}${presiderPhrase(records, meeting.convener, meeting.date, lang)}`,
    );
    if (meeting.circulated) add('送审日期', 'Circulated', dateText(meeting.circulated, lang));
    if (meeting.respond_by) add('反馈时限', 'Opinions due', dateText(meeting.respond_by, lang));
    add('征求意见单位', 'Members asked', count(participantsOf(records, meeting).length, '家', 'member unit', lang));
    return out;
  }
  add('时间', 'Date', `${dateText(meeting.date, lang)}${meeting.time ? ` ${meeting.time}` : ''}`);
  if (meeting.location) add('地点', 'Place', inline(meeting.location));
  const delegated = meeting.delegated ? t(lang, '(受组长委托)', ' (on the leader’s delegation)') : '';
  add('召集', 'Convened by', `${presiderPhrase(records, meeting.convener, meeting.date, lang)}${delegated}`);
  const chair = meeting.chair ?? meeting.convener;
  if (chair !== meeting.convener) add('主持', 'Chaired by', presiderPhrase(records, chair, meeting.date, lang));
  return out;
}

/**
 * Every task decided before the meeting and not settled on its date (not done, not superseded), as it stood
 * that day: overdue first (most days first), then by due date; ties in the order of the decisions.
 */
function openTasks(doc: DocumentBuilder, records: Records, meeting: Meeting, lang: Lang): void {
  const date = meeting.date;
  const meetingOf = (id: string): Meeting | undefined => records.meetings.get(id)?.data;
  const open = resolutionsInOrder(records)
    .filter((r) => isTask(r.data) && (meetingOf(r.data.meeting)?.date ?? '9999') < date)
    .map((r, order) => ({ rec: r, state: resolutionOn(records, r.data, date, { meetingsOnDate: false }), order }))
    .filter(({ state }) => statusOf(state) !== 'done' && !isSuperseded(state))
    .map((x) => ({ ...x, overdue: isOverdue(x.state, date), days: daysOverdue(x.state, date) ?? 0 }));
  open.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.overdue && a.days !== b.days) return b.days - a.days;
    const da = dueDateOf(a.state) ?? '9999-12-31';
    const db = dueDateOf(b.state) ?? '9999-12-31';
    return da < db ? -1 : da > db ? 1 : a.order - b.order;
  });
  const overdue = open.filter((x) => x.overdue).length;
  const blocked = open.filter((x) => statusOf(x.state) === 'blocked').length;
  if (open.length === 0) {
    doc.paragraph(
      t(
        lang,
        `截至${dateText(date, lang)},${shortName(records)}议定事项均已办结。`,
        `As of ${dateText(date, lang)}, every decision of the body has been carried out.`,
      ),
    );
    return;
  }
  doc.paragraph(
    t(
      lang,
      `截至${dateText(date, lang)},${shortName(records)}议定事项中未办结${open.length}项,其中逾期${overdue}项、落实受阻${blocked}项。逾期事项列在前面,按逾期天数排列。`,
      `As of ${dateText(date, lang)}, ${count(open.length, '项', 'decision', lang)} of the body ${open.length === 1 ? 'is' : 'are'} outstanding: ${overdue} overdue, ${blocked} blocked. Overdue items come first, longest overdue first.`,
    ),
  );
  const rows = open.map((x, i) => {
    const r = x.state;
    const source = meetingOf(r.meeting);
    const lead = r.lead!;
    const { owner } = ownerOf(records, lead, date);
    // A seat that ended with no successor leaves the task with nobody: say so rather than name it as owner.
    const left = records.members.get(owner)?.data.left;
    const ownerText =
      (owner === lead
        ? unitName(records, owner)
        : t(
            lang,
            `${unitName(records, owner)}(原牵头:${unitName(records, lead)})`,
            `${unitName(records, owner)} (originally ${unitName(records, lead)})`,
          )) +
      (left !== undefined && left <= date
        ? t(lang, `(已于${dateText(left, lang)}撤销,无接替单位)`, ` (left on ${dateText(left, lang)} with no successor)`)
        : '');
    const due = dueDateOf(r);
    const extended = (r.extensions?.length ?? 0) > 0 ? t(lang, '(已延期)', ' (extended)') : '';
    const days = due === undefined ? 0 : daysBetween(due, date);
    const state = x.overdue ? t(lang, `逾期${days}天`, `${days} day${days === 1 ? '' : 's'} overdue`) : '';
    const decided = source ? inline(source.title) : inline(r.meeting);
    return [
      String(i + 1),
      `${resolutionHeading(r, lang)}${t(lang, `(${decided}第${chineseNumber(r.no)}项)`, ` (${decided}, item ${r.no})`)}`,
      ownerText,
      due ? `${dateText(due, lang)}${extended}` : '',
      [statusName(statusOf(r), lang), state].filter(Boolean).join(t(lang, ',', ', ')),
      inline(lastNoteOf(r) ?? ''),
    ];
  });
  doc.table(
    lang === 'zh'
      ? ['序号', '议定事项', '牵头单位', '落实时限', '状态', '最新进展']
      : ['No.', 'Decision', 'Owner', 'Due', 'State', 'Latest progress'],
    rows,
  );
}
