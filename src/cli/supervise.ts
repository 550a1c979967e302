// yishi supervise: send 督办 notices for what is overdue, or a circular to every member [四(二)]; and its
// subcommands reply (the unit's reply) and close (销号).
import type { Command } from 'commander';
import { parseDate } from './context.js';
import { parseDays } from './read-records.js';
import { addWriteOptions, dateOr, writeChange, type WriteOptions } from './write-change.js';

interface SuperviseOptions extends WriteOptions {
  unit?: string;
  items?: string;
  within?: string;
  replyWithin?: string;
  replyBy?: string;
  circular?: boolean;
  signedBy?: string;
}

async function supervise(opts: SuperviseOptions): Promise<void> {
  const replyBy = parseDate(opts.replyBy, '--reply-by');
  const replyWithin = parseDays(opts.replyWithin, '--reply-within');
  const withinDays = parseDays(opts.within, '--within');
  const [{ planSupervision }, { idList }, { supervisionItems }, preview, { yearNotCoveredNote }] = await Promise.all([
    import('../write/new-supervision.js'),
    import('../write/new-record.js'),
    import('../model/supervision.js'),
    import('../report/supervise-preview.js'),
    import('../report/supervise-notes.js'),
  ]);
  const items = opts.items !== undefined ? idList(opts.items) : undefined;
  let last: { records: Parameters<typeof planSupervision>[0]; today: string; plan: ReturnType<typeof planSupervision> } | undefined;
  await writeChange(
    opts,
    (records, today) => {
      const { unit, circular, signedBy } = opts;
      const plan = planSupervision(records, { date: today, unit, items, circular, withinDays, replyWithin, replyBy, signedBy });
      last = { records, today, plan };
      return plan.changes;
    },
    {
      notes: () => [
        ...(last && last.plan.uncoveredYears.length > 0 ? [yearNotCoveredNote(last.plan.uncoveredYears)] : []),
        ...(last && last.plan.planned.length === 0 && !opts.dryRun ? [preview.nothingToSupervise()] : []),
      ],
      preview: (_changes, lang) => {
        const byId = new Map(supervisionItems(last!.records, last!.today, { withinDays }).map((i) => [i.id, i]));
        return preview.formatSupervisePreview(last!.records, last!.plan.planned, byId, lang);
      },
    },
  );
}

function registerReply(parent: Command): void {
  const cmd = parent
    .command('reply')
    .description("append the unit's reply to a supervision notice / 追加督办对象的反馈")
    .argument('<id>', 'the supervision record, e.g. 2025-07-02-zjj / 督办文书 id')
    .requiredOption('--text <text>', 'what the unit reported / 反馈内容')
    .option('--date <date>', 'date of the reply (default: today) / 反馈日期(默认今天)')
    .option('--by <id>', 'the member replying (default: the unit the notice went to) / 反馈单位(默认督办对象)');
  addWriteOptions(cmd);
  cmd.action(async (id: string, opts: WriteOptions & { text: string; date?: string; by?: string }) => {
    const { addReply } = await import('../write/supervision-reply.js');
    await writeChange(opts, (records, today) =>
      addReply(records, { id, text: opts.text, by: opts.by, date: dateOr(opts.date, '--date', today) }),
    );
  });
}

function registerClose(parent: Command): void {
  const cmd = parent
    .command('close')
    .description('close a supervision record (销号) / 督办销号')
    .argument('<id>', 'the supervision record / 督办文书 id')
    .option('--date <date>', 'date of closing (default: today) / 销号日期(默认今天)')
    .option('--note <text>', 'why it is closed, e.g. 任务已办结 / 销号说明');
  addWriteOptions(cmd);
  cmd.action(async (id: string, opts: WriteOptions & { date?: string; note?: string }) => {
    const { closeSupervision } = await import('../write/supervision-reply.js');
    await writeChange(opts, (records, today) =>
      closeSupervision(records, { id, note: opts.note, date: dateOr(opts.date, '--date', today) }),
    );
  });
}

export function register(program: Command): void {
  const cmd = program
    .command('supervise')
    .description('send supervision notices (督办通知) for what is overdue, or a circular (督办通报) / 发出督办通知或通报')
    .option('--unit <id>', 'one notice to this member (default: one to each member with overdue items) / 督办对象')
    .option('--items <ids>', 'the items, comma-separated (default: what is overdue) / 督办事项,逗号分隔')
    .option('--within <days>', 'also items due within this many days / 也督办若干天内到期的事项')
    .option('--reply-within <days>', 'working days for the reply (default 5) / 反馈时限(工作日,默认 5)')
    .option('--reply-by <date>', 'the reply date instead / 反馈截止日期')
    .option('--circular', 'one circular to every member / 发督办通报(发全体成员)')
    .option('--signed-by <id>', 'office (default), or the leader or a deputy / 签发人(默认 office)');
  addWriteOptions(cmd);
  // Its options before `reply`/`close` are its own; after them, the subcommand's (both have --as-of).
  cmd.enablePositionalOptions();
  cmd.action(async (opts: SuperviseOptions) => supervise(opts));
  registerReply(cmd);
  registerClose(cmd);
}
