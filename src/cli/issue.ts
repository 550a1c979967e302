// yishi issue <meeting-id>: the minutes are issued [五(六), 六(三)]; the record is sealed from then on.
import type { Command } from 'commander';
import { addWriteOptions, dateOr, writeChange, type WriteOptions } from './write-change.js';

interface IssueOptions extends WriteOptions {
  number?: string;
  date?: string;
  signedBy: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('issue')
    .description('issue the minutes of a meeting (number, date, signer); the record is sealed from then on / 印发会议纪要')
    .argument('<meeting-id>', 'the meeting / 会议 id')
    .requiredOption('--signed-by <id>', 'the member who signed the minutes / 签发人(成员 id)')
    .option('--number <number>', "the minutes number (default: the next from yishi.yaml's minutes_number) / 纪要文号")
    .option('--date <date>', 'date of issue (default: today) / 印发日期(默认今天)');
  addWriteOptions(cmd);
  cmd.action(async (id: string, opts: IssueOptions) => {
    const { issueMinutes } = await import('../write/issue-minutes.js');
    await writeChange(opts, (records, today) =>
      issueMinutes(records, { meeting: id, signedBy: opts.signedBy, number: opts.number, date: dateOr(opts.date, '--date', today) }),
    );
  });
}
