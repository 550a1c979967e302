// yishi render: the documents of the body as Markdown [二(二), 五(六), 四(二)]: the minutes (纪要) and the agenda
// of a meeting, the roster, the duties and the annual report; on stdout, or written whole to -o FILE.
import { Argument, type Command } from 'commander';
import { checkSupervisionArguments, checkSupervisionId } from './render-supervision-args.js';
import { addAsOfOption, addDirOption, addLangOption, finish, parseDate, UsageError, type CommonOptions } from './context.js';

const DOCUMENTS = ['minutes', 'agenda', 'roster', 'duties', 'report', 'supervision'] as const;
type DocumentName = (typeof DOCUMENTS)[number];
const FOR_A_MEETING: ReadonlySet<string> = new Set(['minutes', 'agenda']);

interface RenderOptions extends CommonOptions {
  year?: string;
  output?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('render')
    .description(
      'render a document as Markdown: the minutes or agenda of a meeting, the roster, the duties, the annual report / 生成文档(Markdown):会议纪要、会议议程、组成人员名单、职责、年度报告',
    )
    .addArgument(new Argument('<document>', 'minutes | agenda | roster | duties | report | supervision / 文档').choices(DOCUMENTS))
    .argument('[meeting-id]', 'the meeting, for minutes and agenda; the supervision record, for supervision / 会议 id(纪要和议程);督办文书 id')
    .option('--year <yyyy>', 'the year of the report (default: this year) / 年度报告的年份(默认今年)')
    .option('-o, --output <file>', 'write the document to this file, whole or not at all / 写入该文件(完整写入或不写)');
  addDirOption(cmd);
  addLangOption(cmd);
  addAsOfOption(cmd);
  cmd.action(async (document: DocumentName, meetingId: string | undefined, opts: RenderOptions) => {
    const asOf = parseDate(opts.asOf, '--as-of');
    const year = parseYear(opts.year);
    checkArguments(document, meetingId, opts);
    const { readRecords } = await import('./read-records.js');
    const { records, today } = await readRecords(opts, asOf);
    // The document speaks the body's language unless --lang says otherwise; the terminal's locale only
    // chooses the language of messages, never that of a document the office sends out.
    const lang = opts.lang === 'zh' || opts.lang === 'en' ? opts.lang : records.body?.data.locale === 'en' ? 'en' : 'zh';
    let text: string;
    switch (document) {
      case 'minutes': {
        const id = await checkMeetingId(records, meetingId!);
        text = (await import('../render/render-minutes.js')).renderMinutes(records, id, { lang });
        break;
      }
      case 'agenda': {
        const id = await checkMeetingId(records, meetingId!);
        text = (await import('../render/render-agenda.js')).renderAgenda(records, id, { lang });
        break;
      }
      case 'roster':
        text = (await import('../render/render-roster.js')).renderRoster(records, { lang, asOf: today });
        break;
      case 'duties':
        text = (await import('../render/render-duties.js')).renderDuties(records, { lang, asOf: today });
        break;
      case 'supervision': {
        const id = await checkSupervisionId(records, meetingId!);
        text = (await import('../render/render-supervision.js')).renderSupervision(records, id, { lang });
        break;
      }
      case 'report': {
        const reportYear = year ?? Number(today.slice(0, 4));
        checkReportYear(reportYear, records.body?.data.established.date, today);
        text = (await import('../render/render-report.js')).renderReport(records, { lang, asOf: today, year: reportYear });
        break;
      }
    }
    if (opts.output !== undefined) {
      await writeOutput(opts.output, text);
      finish('', 0);
    } else finish(text, 0);
  });
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim()))
    throw new UsageError(
      `--year 的值“${value}”不是年份,应写四位数字,例如 --year 2025。`,
      `--year "${value}" is not a year; write four digits, e.g. --year 2025.`,
    );
  return Number(value.trim());
}

/**
 * The report's year must lie between the body's establishment and --as-of: before it the body did not exist
 * (and could not have missed its plenary), after it nothing has happened yet.
 */
function checkReportYear(year: number, established: string | undefined, today: string): void {
  const first = established === undefined ? undefined : Number(established.slice(0, 4));
  const last = Number(today.slice(0, 4));
  const range =
    first === undefined || first > last ? undefined : { zh: `请写 ${first} 至 ${last} 年之间的年份`, en: `give --year between ${first} and ${last}` };
  if (first !== undefined && established !== undefined && year < first) {
    const [y, m, d] = established.split('-').map(Number);
    throw new UsageError(
      `领导小组成立于${y}年${m}月${d}日,${year}年没有记录${range ? `;--year ${range.zh}` : ''}。`,
      `The body was established on ${established}, so ${year} has no records${range ? `; ${range.en}` : ''}.`,
    );
  }
  if (year > last)
    throw new UsageError(
      `截至 ${today},${year}年还没有开始,没有可报告的内容${range ? `;--year ${range.zh}` : ''}。`,
      `${year} has not begun on ${today}, so there is nothing to report yet${range ? `; ${range.en}` : ''}.`,
    );
}

function checkArguments(document: DocumentName, meetingId: string | undefined, opts: RenderOptions): void {
  if (document === 'supervision') return checkSupervisionArguments(meetingId, opts);
  if (FOR_A_MEETING.has(document) && meetingId === undefined) {
    const zhName = document === 'minutes' ? '纪要' : '议程';
    throw new UsageError(
      `请给出会议 id,例如 yishi render ${document} 2024-03-15-plenary(生成该会议的${zhName});会议 id 是 meetings/<年份>/ 下的文件名。`,
      `Give the meeting id, e.g. yishi render ${document} 2024-03-15-plenary; meeting ids are the file names under meetings/<year>/.`,
    );
  }
  if (!FOR_A_MEETING.has(document) && meetingId !== undefined)
    throw new UsageError(
      `yishi render ${document} 不接受会议 id(“${meetingId}”)。${document === 'report' ? '年度报告用 --year 指定年份。' : '用 --as-of 指定日期。'}`,
      `yishi render ${document} takes no meeting id ("${meetingId}"). ${document === 'report' ? 'Choose the year with --year.' : 'Choose the date with --as-of.'}`,
    );
  if (opts.year !== undefined && document !== 'report')
    throw new UsageError(
      `--year 只用于 yishi render report。`,
      `--year is for yishi render report only.`,
    );
}

/** The meeting id given on the command line: known and readable, else a usage error with a did-you-mean. */
async function checkMeetingId(records: import('../model/records.js').Records, id: string): Promise<string> {
  if (records.meetings.has(id)) return id;
  if (records.ids.meeting.has(id))
    throw new UsageError(
      `会议记录“${id}”有错误,无法生成文档;运行 yishi validate 查看详情并修正。`,
      `The record of meeting "${id}" has errors, so no document can be made from it; run yishi validate for details.`,
    );
  const { unknownRecord } = await import('../core/unknown-id.js');
  const text = unknownRecord('meeting', id, records.ids.meeting);
  throw new UsageError(text.zh, text.en);
}

/** Write the whole document or nothing: a temporary file beside the target, renamed over it. */
async function writeOutput(file: string, text: string): Promise<void> {
  const { writeFileAtomic } = await import('../write/atomic-write.js');
  const { resolve } = await import('node:path');
  const target = resolve(file);
  try {
    writeFileAtomic(target, text);
  } catch (e) {
    const reason = e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e);
    throw new UsageError(
      `无法写入 ${file}(${reason}),未写入任何内容。请检查路径和权限。`,
      `Cannot write ${file} (${reason}); nothing was written. Check the path and the permissions.`,
    );
  }
}
