// yishi render report: the year's work in figures [四(二)]: meetings by kind and whether the plenary
// requirement was met [五(一)], decisions and how their tasks stand per lead unit and in total (with a Mermaid
// chart), deadline extensions, written reviews and their response rates, minutes issued and their delay.
// Tasks are counted as they stood on the as-of date; "per lead unit" is the unit that owns the task on that
// date (a unit's successor carries its tasks).
import { isHeld } from '../model/plenary-years.js';
import { meetingsInOrder, type Records } from '../model/records.js';
import { DocumentBuilder, type DocumentModel } from '../document/blocks.js';
import { writeMarkdown } from '../document/write-markdown.js';
import { extensions, minutes, writtenReviews } from './report-sections.js';
import { supervisionSection } from './report-supervision.js';
import { tasksSection } from './report-tasks.js';
import { KIND_ORDER, count, dateText, inline, kindName, sectionNo, t } from './wording.js';
import type { Lang } from './wording.js';

export interface ReportOptions {
  lang: Lang;
  year: number;
  /** Meetings after this date are not yet held; tasks are counted as they stood on it. */
  asOf: string;
}

export function renderReport(records: Records, options: ReportOptions): string {
  return writeMarkdown(reportDocument(records, options));
}

export function reportDocument(records: Records, options: ReportOptions): DocumentModel {
  const { lang, year, asOf } = options;
  const doc = new DocumentBuilder(lang, asOf);
  const y = String(year);
  const inYear = (date: string): boolean => date.startsWith(`${y}-`);
  const held = meetingsInOrder(records).filter((m) => inYear(m.data.date) && isHeld(m.data, asOf));
  const heldIds = new Set(held.map((m) => m.id));
  const yearEnded = asOf > `${y}-12-31`;

  doc.title(
    t(lang, `${inline(records.body?.data.name ?? '')}${y}年度工作情况报告`, `Annual report ${y}: ${inline(records.body?.data.name ?? '')}`),
  );
  doc.paragraph(t(lang, `(统计截至${dateText(asOf, lang)})`, `Figures as of ${dateText(asOf, lang)}.`));

  // 一、会议召开情况
  doc.heading(1, `${sectionNo(1, lang)}${t(lang, '会议召开情况', 'Meetings')}`);
  const byKind = KIND_ORDER.map((kind) => ({ kind, n: held.filter((m) => m.data.kind === kind).length }));
  const plenaries = byKind[0]!.n;
  const kinds = byKind.map(({ kind, n }) => t(lang, `${kindName(kind, lang)}${n}次`, `${n} ${kindName(kind, lang)}${n === 1 ? '' : 's'}`));
  const requirement = t(
    lang,
    '“全体会议原则上每年召开不少于1次”的要求[五(一)]',
    'the requirement of at least one plenary meeting a year [五(一)]',
  );
  const plenaryVerdict =
    plenaries > 0
      ? t(
          lang,
          `全体会议召开${plenaries}次,符合${requirement}。`,
          `With ${count(plenaries, '次', 'plenary meeting', lang)}, the body met ${requirement}.`,
        )
      : yearEnded
        ? t(lang, `全年未召开全体会议,未达到${requirement}。`, `No plenary meeting was held: the body did not meet ${requirement}.`)
        : t(
            lang,
            `截至${dateText(asOf, lang)}尚未召开全体会议;按照${requirement},年内须召开。`,
            `No plenary meeting has been held by ${dateText(asOf, lang)}; ${requirement} still has to be met this year.`,
          );
  doc.paragraph(
    t(
      lang,
      `${y}年共召开会议(含书面审议)${held.length}次,其中${kinds.join(',')}。${plenaryVerdict}`,
      `In ${y} the body held ${count(held.length, '次', 'meeting', lang)} (written reviews included): ${kinds.join(', ')}. ${plenaryVerdict}`,
    ),
  );
  if (held.length > 0)
    doc.table(
      lang === 'zh' ? ['序号', '日期', '会议', '类型', '议定事项'] : ['No.', 'Date', 'Meeting', 'Kind', 'Decisions'],
      held.map((m, i) => [
        String(i + 1),
        dateText(m.data.date, lang),
        inline(m.data.title),
        kindName(m.data.kind, lang),
        String([...records.resolutions.values()].filter((r) => r.data.meeting === m.id).length),
      ]),
    );

  // 二、议定事项及落实情况
  tasksSection(doc, records, { year: y, heldIds, asOf });

  // 三、延期情况
  doc.heading(1, `${sectionNo(3, lang)}${t(lang, '延期情况', 'Extensions')}`);
  extensions(doc, records, inYear, asOf, lang);

  // 四、书面审议
  doc.heading(1, `${sectionNo(4, lang)}${t(lang, '书面审议', 'Written reviews')}`);
  writtenReviews(
    doc,
    records,
    held.filter((m) => m.data.kind === 'written'),
    lang,
  );

  // 五、会议纪要印发
  doc.heading(1, `${sectionNo(5, lang)}${t(lang, '会议纪要印发情况', 'Minutes')}`);
  minutes(doc, records, held, asOf, lang);

  // 六、督办情况
  supervisionSection(doc, records, 6, year, asOf, lang);
  return doc.build();
}
