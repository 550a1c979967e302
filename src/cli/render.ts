// yishi render: the documents of the body [二(二), 五(六), 四(二), 六(三)]: the minutes (纪要) and the agenda of a
// meeting, the roster, the duties, the annual report and the 工作简报 (brief); as Markdown on stdout or in a
// file, or as a .docx in the layout of GB/T 9704-2012 (--format docx, or -o FILE.docx).
import { resolve } from 'node:path';
import { Argument, Option, type Command } from 'commander';
import { DOCUMENT_NAMES, DOCUMENT_TYPES, type DocumentName, type DocumentRequest } from '../render/documents.js';
import { addAsOfOption, addDirOption, addLangOption, finish, parseDate, UsageError, type CommonOptions } from './context.js';
import { say } from '../core/messages.js';
import { USAGE } from '../i18n/cli.js';
import { dateText } from '../i18n/vocabulary.js';
import { checkSupervisionArguments, checkSupervisionId } from './render-supervision-args.js';
import { outputFormat, parseBriefPeriod, refusePeriodOptions, type PeriodOptions } from './render-options.js';

interface RenderOptions extends CommonOptions, PeriodOptions {
  fail?: boolean;
  year?: string;
  output?: string;
  format?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('render')
    .description(
      'render a document as Markdown or .docx: the minutes or agenda of a meeting, the roster, the duties, the annual report, a brief / ' +
        '生成文书(Markdown 或 .docx):会议纪要、会议议程、组成人员名单、职责、年度报告、工作简报',
    )
    .addArgument(new Argument('<document>', `${DOCUMENT_NAMES.join(' | ')} / 文书`).choices(DOCUMENT_NAMES))
    .argument(
      '[meeting-id]',
      'the meeting, for minutes and agenda; the supervision record, for supervision / 会议 id(纪要和议程);督办文书 id',
    )
    .option('--year <yyyy>', 'the year of the report (default: this year) / 年度报告的年份(默认今年)')
    .option('--quarter <yyyyQn>', 'the quarter of a brief, e.g. 2025Q3 / 简报的季度')
    .option('--month <yyyy-mm>', 'the month of a brief, e.g. 2025-09 / 简报的月份')
    .option('--from <date>', 'the first day of a brief / 简报时段的第一天')
    .option('--to <date>', 'the last day of a brief / 简报时段的最后一天')
    .option('--number <n>', 'the issue number of a brief (第N期; default: the quarter or month) / 简报期号')
    .addOption(new Option('--format <format>', 'md or docx (default: from the extension of -o) / 格式').choices(['md', 'docx']))
    .option('-o, --output <file>', 'write the document to this file, whole or not at all / 写入该文件(完整写入或不写)')
    .option('--fail', 'exit 1 when the records are incomplete (a file or folder could not be read or was skipped) / 记录不完整时以 1 退出');
  addDirOption(cmd);
  addLangOption(cmd);
  addAsOfOption(cmd);
  cmd.action(async (document: DocumentName, meetingId: string | undefined, opts: RenderOptions) => {
    const asOf = parseDate(opts.asOf, '--as-of');
    const year = parseYear(opts.year);
    checkArguments(document, meetingId, opts);
    const format = outputFormat(opts.format, opts.output);
    let brief: Pick<DocumentRequest, 'period' | 'number'> | undefined;
    if (document === 'brief') brief = parseBriefPeriod(opts);
    else refusePeriodOptions(opts);
    const { readRecords } = await import('./read-records.js');
    const { records, today, incomplete } = await readRecords(opts, asOf);
    // The document speaks the body's language unless --lang says otherwise; the terminal's locale only
    // chooses the language of messages, never that of a document the office sends out.
    const lang = opts.lang === 'zh' || opts.lang === 'en' ? opts.lang : records.body?.data.locale === 'en' ? 'en' : 'zh';
    const request: DocumentRequest = { lang, today, ...brief };
    if (DOCUMENT_TYPES[document].needs === 'meeting') request.meetingId = await checkMeetingId(records, meetingId!);
    if (document === 'supervision') request.supervisionId = await checkSupervisionId(records, meetingId!);
    if (document === 'report') {
      request.year = year ?? Number(today.slice(0, 4));
      checkReportYear(request.year, records.body?.data.established.date, today);
    }
    const model = await DOCUMENT_TYPES[document].build(records, request);
    const content =
      format === 'docx'
        ? await (await import('../document/write-docx.js')).writeDocx(model)
        : (await import('../document/write-markdown.js')).writeMarkdown(model);
    if (opts.output !== undefined) {
      await writeOutput(opts.output, content);
      finish('', opts.fail && incomplete ? 1 : 0);
    } else finish(content as string, opts.fail && incomplete ? 1 : 0);
  });
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError(say(USAGE, 'badYear', { value }));
  return Number(value.trim());
}

/**
 * The report's year must lie between the body's establishment and --as-of: before it the body did not exist
 * (and could not have missed its plenary), after it nothing has happened yet.
 */
function checkReportYear(year: number, established: string | undefined, today: string): void {
  const first = established === undefined ? undefined : Number(established.slice(0, 4));
  const last = Number(today.slice(0, 4));
  const range = first === undefined || first > last ? undefined : say(USAGE, 'yearBetween', { first, last });
  if (first !== undefined && established !== undefined && year < first) {
    throw new UsageError(
      say(USAGE, 'beforeEstablished', {
        established: { zh: dateText(established, 'zh'), en: established },
        year,
        range: range ? say(USAGE, 'yearRange', { range }) : '',
      }),
    );
  }
  if (year > last) throw new UsageError(say(USAGE, 'notBegun', { today, year, range: range ? say(USAGE, 'yearRange', { range }) : '' }));
}

function checkArguments(document: DocumentName, meetingId: string | undefined, opts: RenderOptions): void {
  if (document === 'supervision') return checkSupervisionArguments(meetingId, opts);
  const forAMeeting = DOCUMENT_TYPES[document].needs === 'meeting';
  if (forAMeeting && meetingId === undefined)
    throw new UsageError(say(USAGE, document === 'minutes' ? 'needMeetingMinutes' : 'needMeetingAgenda', { document }));
  if (!forAMeeting && meetingId !== undefined)
    throw new UsageError(
      say(USAGE, 'noMeetingId', { document, meetingId, how: say(USAGE, document === 'report' ? 'reportYear' : 'documentDate') }),
    );
  if (opts.year !== undefined && document !== 'report') throw new UsageError(say(USAGE, 'yearOnlyReport'));
}

/** The meeting id given on the command line: known and readable, else a usage error with a did-you-mean. */
async function checkMeetingId(records: import('../model/records.js').Records, id: string): Promise<string> {
  if (records.meetings.has(id)) return id;
  if (records.ids.meeting.has(id)) throw new UsageError(say(USAGE, 'meetingHasErrors', { id }));
  const { unknownRecord } = await import('../core/unknown-id.js');
  const unknown = unknownRecord('meeting', id, records.ids.meeting);
  throw new UsageError(unknown);
}

/** Write the whole document or nothing: a temporary file beside the target, renamed over it. */
async function writeOutput(file: string, text: string | Uint8Array): Promise<void> {
  const { writeFileAtomic } = await import('../write/atomic-write.js');
  const target = resolve(file);
  try {
    writeFileAtomic(target, text);
  } catch (e) {
    const reason = e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e);
    throw new UsageError(say(USAGE, 'cannotWrite', { file, reason }));
  }
}
