// yishi render: the documents of the body as Markdown [二(二), 五(六), 四(二)]: the minutes (纪要) and the agenda
// of a meeting, the roster, the duties and the annual report; on stdout, or written whole to -o FILE.
import { Argument, type Command } from 'commander';
import { addAsOfOption, addDirOption, addLangOption, finish, parseDate, UsageError, type CommonOptions } from './context.js';
import { say } from '../core/messages.js';
import { USAGE } from '../i18n/cli.js';
import { dateText } from '../i18n/vocabulary.js';

const DOCUMENTS = ['minutes', 'agenda', 'roster', 'duties', 'report'] as const;
type DocumentName = (typeof DOCUMENTS)[number];
const FOR_A_MEETING: ReadonlySet<string> = new Set(['minutes', 'agenda']);

interface RenderOptions extends CommonOptions {
  fail?: boolean;
  year?: string;
  output?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('render')
    .description(
      'render a document as Markdown: the minutes or agenda of a meeting, the roster, the duties, the annual report / 生成文档(Markdown):会议纪要、会议议程、组成人员名单、职责、年度报告',
    )
    .addArgument(new Argument('<document>', 'minutes | agenda | roster | duties | report / 文档').choices(DOCUMENTS))
    .argument('[meeting-id]', 'the meeting, for minutes and agenda / 会议 id(纪要和议程)')
    .option('--year <yyyy>', 'the year of the report (default: this year) / 年度报告的年份(默认今年)')
    .option('-o, --output <file>', 'write the document to this file, whole or not at all / 写入该文件(完整写入或不写)')
    .option('--fail', 'exit 1 when the records are incomplete (a file or folder could not be read or was skipped) / 记录不完整时以 1 退出');
  addDirOption(cmd);
  addLangOption(cmd);
  addAsOfOption(cmd);
  cmd.action(async (document: DocumentName, meetingId: string | undefined, opts: RenderOptions) => {
    const asOf = parseDate(opts.asOf, '--as-of');
    const year = parseYear(opts.year);
    checkArguments(document, meetingId, opts);
    const { readRecords } = await import('./read-records.js');
    const { records, today, incomplete } = await readRecords(opts, asOf);
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
      case 'report': {
        const reportYear = year ?? Number(today.slice(0, 4));
        checkReportYear(reportYear, records.body?.data.established.date, today);
        text = (await import('../render/render-report.js')).renderReport(records, { lang, asOf: today, year: reportYear });
        break;
      }
    }
    if (opts.output !== undefined) {
      await writeOutput(opts.output, text);
      finish('', opts.fail && incomplete ? 1 : 0);
    } else finish(text, opts.fail && incomplete ? 1 : 0);
  });
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim()))
    throw new UsageError(say(USAGE, 'badYear', { value }));
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
    first === undefined || first > last ? undefined : say(USAGE, 'yearBetween', { first, last });
  if (first !== undefined && established !== undefined && year < first) {
    throw new UsageError(say(USAGE, 'beforeEstablished', { established: { zh: dateText(established, 'zh'), en: established }, year, range: range ? say(USAGE, 'yearRange', { range }) : '' }));
  }
  if (year > last)
    throw new UsageError(say(USAGE, 'notBegun', { today, year, range: range ? say(USAGE, 'yearRange', { range }) : '' }));
}

function checkArguments(document: DocumentName, meetingId: string | undefined, opts: RenderOptions): void {
  if (FOR_A_MEETING.has(document) && meetingId === undefined) {
    throw new UsageError(say(USAGE, document === 'minutes' ? 'needMeetingMinutes' : 'needMeetingAgenda', { document }));
  }
  if (!FOR_A_MEETING.has(document) && meetingId !== undefined)
    throw new UsageError(say(USAGE, 'noMeetingId', { document, meetingId, how: say(USAGE, document === 'report' ? 'reportYear' : 'documentDate') }));
  if (opts.year !== undefined && document !== 'report')
    throw new UsageError(say(USAGE, 'yearOnlyReport'));
}

/** The meeting id given on the command line: known and readable, else a usage error with a did-you-mean. */
async function checkMeetingId(records: import('../model/records.js').Records, id: string): Promise<string> {
  if (records.meetings.has(id)) return id;
  if (records.ids.meeting.has(id))
    throw new UsageError(say(USAGE, 'meetingHasErrors', { id }));
  const { unknownRecord } = await import('../core/unknown-id.js');
  const unknown = unknownRecord('meeting', id, records.ids.meeting);
  throw new UsageError(unknown);
}

/** Write the whole document or nothing: a temporary file beside the target, renamed over it. */
async function writeOutput(file: string, text: string): Promise<void> {
  const { writeFileAtomic } = await import('../write/atomic-write.js');
  const path = await import('node:path');
  const target = path.resolve(file);
  try {
    writeFileAtomic(target, text);
  } catch (e) {
    const reason = e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e);
    throw new UsageError(say(USAGE, 'cannotWrite', { file, reason }));
  }
}
