// yishi progress <resolution-id>: append a progress entry [五(五)].
import { Option, type Command } from 'commander';
import type { ProgressStatus } from '../model/types.js';
import { addWriteOptions, dateOr, writeChange, type WriteOptions } from './write-change.js';

interface ProgressOptions extends WriteOptions {
  status: ProgressStatus;
  note: string;
  by?: string;
  date?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('progress')
    .description('append a progress entry to a resolution / 追加一条落实情况')
    .argument('<resolution-id>', 'the resolution, e.g. 2024-03-15-plenary-2 / 议定事项 id')
    .addOption(
      new Option('--status <status>', 'in_progress 落实中 | blocked 遇到困难 | done 已完成')
        .choices(['in_progress', 'blocked', 'done'])
        .makeOptionMandatory(),
    )
    .requiredOption('--note <text>', 'what was done, or the difficulty / 落实情况说明')
    .option('--by <id>', 'the reporting member (default: the owner after succession) / 报告单位(默认:牵头单位或其承接单位)')
    .option('--date <date>', 'date of the entry (default: today) / 日期(默认今天)');
  addWriteOptions(cmd);
  cmd.action(async (id: string, opts: ProgressOptions) => {
    const { addProgress } = await import('../write/add-progress.js');
    await writeChange(opts, (records, today) =>
      addProgress(records, { resolution: id, status: opts.status, note: opts.note, by: opts.by, date: dateOr(opts.date, '--date', today) }),
    );
  });
}
