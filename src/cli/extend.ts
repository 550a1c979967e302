// yishi extend <resolution-id>: append a deadline extension granted by a meeting.
import type { Command } from 'commander';
import { addWriteOptions, writeChange, type WriteOptions } from './write-change.js';
import { parseDate } from './context.js';

interface ExtendOptions extends WriteOptions {
  due: string;
  grantedBy: string;
  reason: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('extend')
    .description('extend the due date of a resolution, as granted by a meeting / 延长落实时限')
    .argument('<resolution-id>', 'the resolution / 议定事项 id')
    .requiredOption('--due <date>', 'the new due date / 新的落实时限')
    .requiredOption('--granted-by <meeting-id>', 'the meeting that granted it / 同意延期的会议')
    .requiredOption('--reason <text>', 'why / 延期理由');
  addWriteOptions(cmd);
  cmd.action(async (id: string, opts: ExtendOptions) => {
    const due = parseDate(opts.due, '--due')!;
    const { addExtension } = await import('../write/add-extension.js');
    await writeChange(opts, (records) => addExtension(records, { resolution: id, due, grantedBy: opts.grantedBy, reason: opts.reason }));
  });
}
