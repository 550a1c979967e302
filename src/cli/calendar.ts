// yishi calendar: an iCalendar file of the body's meetings and the deadlines still running, for a liaison to
// subscribe to in Outlook, a phone or WPS; --unit keeps the deadlines of one member.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { addAsOfOption, addDirOption, addLangOption, finish, parseDate, UsageError, type CommonOptions } from './context.js';

interface CalendarCliOptions extends CommonOptions {
  unit?: string;
  output?: string;
}

async function writeWhole(file: string, text: string): Promise<void> {
  const { writeFileAtomic } = await import('../write/atomic-write.js');
  try {
    writeFileAtomic(resolve(file), text);
  } catch (e) {
    const reason = e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e);
    const [{ say }, { USAGE }] = await Promise.all([import('../core/messages.js'), import('../i18n/cli.js')]);
    throw new UsageError(say(USAGE, 'cannotWrite', { file, reason }));
  }
}

export function register(program: Command): void {
  const cmd = program
    .command('calendar')
    .description('an iCalendar (.ics) file of meetings and deadlines / 生成会议和时限的日历文件(.ics)')
    .option('--unit <id>', 'only the deadlines of this member / 只含该成员单位的时限')
    .option('-o, --output <file>', 'write the calendar to this file, whole or not at all / 写入该文件');
  addDirOption(cmd);
  addLangOption(cmd);
  addAsOfOption(cmd);
  cmd.action(async (opts: CalendarCliOptions) => {
    const asOf = parseDate(opts.asOf, '--as-of');
    const { readRecords, checkUnit } = await import('./read-records.js');
    const { records, today } = await readRecords(opts, asOf);
    const unit = await checkUnit(records, opts.unit);
    const [{ calendarEvents }, { formatCalendarIcs }, { timezoneOf }] = await Promise.all([
      import('../model/calendar-events.js'),
      import('../report/calendar-ics.js'),
      import('../model/records.js'),
    ]);
    // Like a document, the calendar speaks the body's language unless --lang says otherwise.
    const lang = opts.lang === 'zh' || opts.lang === 'en' ? opts.lang : records.body?.data.locale === 'en' ? 'en' : 'zh';
    const unitOf = (id: string): string => records.members.get(id)?.data.unit ?? id;
    const text = formatCalendarIcs(calendarEvents(records, today, unit), {
      lang,
      bodyName: records.body?.data.name ?? '',
      unitName: unit !== undefined ? unitOf(unit) : undefined,
      timezone: timezoneOf(records),
      stamp: today,
      unitOf,
    });
    if (opts.output !== undefined) {
      await writeWhole(opts.output, text);
      finish('', 0);
    } else finish(text, 0);
  });
}
