// yishi seal: add seals to meetings issued before seals existed (written safely, like every write; review it
// and commit it on its own). yishi seal --check: each issued meeting with its seal; exit 1 when one no longer
// matches its records.
import type { Command } from 'commander';
import { addWriteOptions, writeChange, type WriteOptions } from './write-change.js';
import { finish, parseDate, resolveRoot } from './context.js';

interface SealOptions extends WriteOptions {
  check?: boolean;
}

async function check(opts: SealOptions): Promise<void> {
  const root = resolveRoot(opts);
  const [{ loadFolder }, { typeRecords }, { chooseLang }, { sealStatuses }, { SEAL_MESSAGES: M }, { text }] = await Promise.all([
    import('../load/load-folder.js'),
    import('../check/check-folder.js'),
    import('../core/lang.js'),
    import('../check/seal/seal-status.js'),
    import('../check/seal/messages.js'),
    import('../core/messages.js'),
  ]);
  parseDate(opts.asOf, '--as-of');
  const { records } = typeRecords(loadFolder(root));
  const lang = chooseLang(opts.lang, records.body?.data.locale);
  const statuses = sealStatuses(records);
  const word = { matches: M.checkMatches, changed: M.checkChanged, malformed: M.checkChanged, unsealed: M.checkUnsealed };
  const width = Math.max(0, ...statuses.map((s) => s.meeting.id.length));
  const lines = statuses.map((s) => `${s.meeting.id.padEnd(width)}  ${s.written ?? '-'.padEnd(71)}  ${word[s.state][lang]}`);
  const changed = statuses.filter((s) => s.state === 'changed' || s.state === 'malformed').length;
  const unsealed = statuses.filter((s) => s.state === 'unsealed').length;
  lines.push(text(lang, M, 'checkSummary', { n: statuses.length, changed, unsealed }));
  finish(lines.join('\n') + '\n', changed > 0 ? 1 : 0);
}

export function register(program: Command): void {
  const cmd = program
    .command('seal')
    .description('add seals to issued minutes that have none; --check lists every seal / 补写或核对纪要封存值')
    .option('--check', 'list each issued meeting with its seal; exit 1 when one does not match / 只核对,不写入');
  addWriteOptions(cmd);
  cmd.action(async (opts: SealOptions) => {
    if (opts.check) return check(opts);
    const [{ addSeals }, { SEAL_MESSAGES: M }, { text }, { chooseLang }] = await Promise.all([
      import('../write/add-seals.js'),
      import('../check/seal/messages.js'),
      import('../core/messages.js'),
      import('../core/lang.js'),
    ]);
    let added: Array<{ meeting: string; seal: string }> = [];
    let locale: string | undefined;
    await writeChange(opts, (records) => {
      locale = records.body?.data.locale;
      const seals = addSeals(records);
      added = seals;
      return seals.map((s) => s.change);
    });
    if (process.exitCode || opts.dryRun) return;
    const lang = chooseLang(opts.lang, locale);
    if (added.length === 0) process.stdout.write(`${text(lang, M, 'nothingToSeal')}\n`);
    for (const s of added) process.stdout.write(`${text(lang, M, 'sealed', { id: s.meeting, seal: s.seal })}\n`);
  });
}
