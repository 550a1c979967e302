// yishi tasks: every task with its current state, filtered; `yishi tasks show ID`: one task whole [五(四), 五(五)].
// `show` is an argument rather than a commander subcommand so that options work on either side of it.
import { Option, type Command } from 'commander';
import type { Records } from '../model/records.js';
import { UsageError, addAsOfOption, addDirOption, addLangOption, finish, parseDate, type CommonOptions } from './context.js';
import { say } from '../core/messages.js';
import { USAGE } from '../i18n/cli.js';
import { listNames } from '../i18n/vocabulary.js';
import { chalkFor, NO_COLOR_OPTION } from './color.js';
import { ITEMS_FORMATS, type ItemsFormat } from '../report/format-items.js';

const STATUSES = ['open', 'in_progress', 'blocked', 'done', 'superseded', 'overdue'] as const;

interface TasksOptions extends CommonOptions {
  format: ItemsFormat;
  status?: string[];
  unit?: string;
  meeting?: string;
  dueBefore?: string;
  dueAfter?: string;
  fail?: boolean;
  color?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ];
}

async function checkStatuses(values: readonly string[]): Promise<(typeof STATUSES)[number][]> {
  for (const v of values) {
    if ((STATUSES as readonly string[]).includes(v)) continue;
    const { didYouMean } = await import('../core/did-you-mean.js');
    const close = didYouMean(v.replace(/-/g, '_'), STATUSES);
    throw new UsageError(
      say(USAGE, 'badStatus', {
        v,
        statuses: listNames(STATUSES.map((s) => ({ zh: s, en: s }))),
        close: close ? say(USAGE, 'didYouMean', { close }) : '',
      }),
    );
  }
  return values as (typeof STATUSES)[number][];
}

async function taskRecord(records: Records, id: string) {
  const rec = records.resolutions.get(id);
  if (rec) return rec;
  const broken = records.ids.resolution.has(id);
  if (broken) throw new UsageError(say(USAGE, 'resolutionHasErrors', { id }));
  const { unknownRecord } = await import('../core/unknown-id.js');
  const unknown = unknownRecord('resolution', id, records.ids.resolution);
  throw new UsageError(unknown);
}

export function register(program: Command): void {
  const cmd = program
    .command('tasks')
    .description('list every task with its state; tasks show ID prints one whole / 列出议定事项及其落实状态;tasks show ID 显示一项')
    .argument('[show]', 'show: print one task whole / 显示一项议定事项的全部情况')
    .argument('[id]', 'with show: the resolution id, e.g. 2024-03-15-plenary-2 / 议定事项 id')
    .addOption(
      new Option('-f, --format <format>', 'output format (show: table or json) / 输出格式').choices(ITEMS_FORMATS).default('table'),
    )
    .addOption(
      new Option('--status <status>', `only tasks with this status (repeatable): ${STATUSES.join('|')} / 按状态筛选,可重复`).argParser(
        (value: string, previous: string[] | undefined) => collect(value, previous ?? []),
      ),
    )
    .option('--unit <id>', 'only tasks concerning this member (owner, lead, responsible or cooperating) / 只列出与该成员单位有关的事项')
    .option('--meeting <id>', 'only tasks decided at this meeting / 只列出该会议议定的事项')
    .option('--due-before <date>', 'only tasks due before this date / 时限早于该日期')
    .option('--due-after <date>', 'only tasks due after this date / 时限晚于该日期')
    .option('--fail', 'exit 1 when the records are incomplete (a file or folder could not be read or was skipped) / 记录不完整时以 1 退出')
    .option(...NO_COLOR_OPTION);
  addDirOption(cmd);
  addLangOption(cmd);
  addAsOfOption(cmd);
  cmd.action(async (action: string | undefined, id: string | undefined, opts: TasksOptions) => {
    const { checkMeeting, checkUnit, readRecords } = await import('./read-records.js');
    if (action !== undefined && action !== 'show') throw new UsageError(say(USAGE, 'onlyShow', { action }));
    if (action === 'show' && id === undefined) throw new UsageError(say(USAGE, 'nameTask'));
    if (action === 'show' && (opts.format === 'csv' || opts.format === 'markdown')) throw new UsageError(say(USAGE, 'showFormats'));
    const asOf = parseDate(opts.asOf, '--as-of');
    const dueBefore = parseDate(opts.dueBefore, '--due-before');
    const dueAfter = parseDate(opts.dueAfter, '--due-after');
    const status = await checkStatuses(opts.status ?? []);
    const { records, today, lang, incomplete } = await readRecords(opts, asOf);
    const status0 = opts.fail && incomplete ? 1 : 0;
    const chalk = await chalkFor(opts);

    if (action === 'show') {
      const rec = await taskRecord(records, id!);
      const detail = await import('../report/task-detail.js');
      finish(
        opts.format === 'json' ? detail.taskDetailJson(records, rec, today) : detail.formatTaskDetail(records, rec, today, lang, chalk),
        status0,
      );
      return;
    }

    const unit = await checkUnit(records, opts.unit);
    const meeting = await checkMeeting(records, opts.meeting);
    const [{ listTasks, countTasks }, labels] = await Promise.all([
      import('../model/task-list.js'),
      import('../report/supervision-labels.js'),
    ]);
    const items = listTasks(records, today, { status, unit, meeting, dueBefore, dueAfter });
    const names = labels.namesOf(records, lang, today);
    const summary = labels.tasksSummary(countTasks(items), today, lang);
    const { formatItems } = await import('../report/format-items.js');
    const output = await formatItems(opts.format, items, today, async () => ({
      lang,
      chalk,
      names,
      columns: (await import('../report/supervision-table.js')).taskColumns(unit),
      unit,
      summary,
      tone: items.some((i) => i.level === 'overdue') ? 'red' : 'green',
    }));
    finish(output, status0);
  });
}
