// yishi overdue: what is late, whose it is, and (with --within) what falls due soon [五(四), 五(五)].
import { Option, type Command } from 'commander';
import { addAsOfOption, addDirOption, addLangOption, finish, parseDate, type CommonOptions } from './context.js';
import { seatName } from '../i18n/vocabulary.js';
import { chalkFor, NO_COLOR_OPTION } from './color.js';
import { ITEMS_FORMATS, type ItemsFormat } from '../report/format-items.js';

interface OverdueOptions extends CommonOptions {
  format: ItemsFormat;
  within?: string;
  unit?: string;
  by: 'owner' | 'due' | 'meeting';
  fail?: boolean;
  color?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('overdue')
    .description(
      'list what is overdue (tasks, written opinions, minutes, plenary), whose it is, and what falls due soon / 列出逾期和临期事项',
    )
    .addOption(new Option('-f, --format <format>', 'output format / 输出格式').choices(ITEMS_FORMATS).default('table'))
    .option('--within <days>', 'also list what falls due in the next N days, today included / 同时列出 N 日内到期的事项')
    .option(
      '--unit <id>',
      'only what concerns this member (as owner, lead, responsible or cooperating unit) / 只列出与该成员单位有关的事项',
    )
    .addOption(new Option('--by <key>', 'group by / 分组依据').choices(['owner', 'due', 'meeting']).default('owner'))
    .option('--fail', 'exit 1 when anything is overdue, or the records are incomplete / 有逾期事项或记录不完整时以 1 退出')
    .option(...NO_COLOR_OPTION);
  addDirOption(cmd);
  addLangOption(cmd);
  addAsOfOption(cmd);
  cmd.action(async (opts: OverdueOptions) => {
    const { checkUnit, parseDays, readRecords } = await import('./read-records.js');
    const asOf = parseDate(opts.asOf, '--as-of');
    const withinDays = parseDays(opts.within, '--within') ?? 0;
    const { records, today, lang, incomplete } = await readRecords(opts, asOf);
    const unit = await checkUnit(records, opts.unit);
    const [{ supervisionItems, groupItems }, { supervisionSettings }, { roleOf }, labels] = await Promise.all([
      import('../model/supervision.js'),
      import('../model/supervision-settings.js'),
      import('../model/supervision-item.js'),
      import('../report/supervision-labels.js'),
    ]);
    const settings = supervisionSettings(records);
    const all = supervisionItems(records, today, { ...settings, withinDays, plenaryTitle: labels.plenaryTitle(lang) });
    const mine = unit === undefined ? all : all.filter((i) => roleOf(i, unit) !== undefined);
    const items = groupItems(mine, opts.by).flatMap((g) => g.items);
    const names = labels.namesOf(records, lang, today);
    const unitName =
      unit === undefined ? undefined : unit === 'office' ? names.unit(unit) : seatName({ unit: names.unit(unit) }, lang, { id: unit });
    const summary = labels.overdueSummary(items, today, withinDays, lang, unitName);
    const anyOverdue = items.some((i) => i.level === 'overdue');
    const { formatItems } = await import('../report/format-items.js');
    const output = await formatItems(opts.format, items, today, async () => {
      const { overdueColumns } = await import('../report/supervision-table.js');
      return {
        lang,
        chalk: await chalkFor(opts),
        names,
        columns: overdueColumns(opts.by, unit),
        groupBy: opts.by,
        unit,
        summary,
        tone: anyOverdue ? 'red' : items.length > 0 ? 'yellow' : 'green',
      };
    });
    finish(output, opts.fail && (anyOverdue || incomplete) ? 1 : 0);
  });
}
