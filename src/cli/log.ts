// yishi log <record-id>: the git history of one record, in the record's own terms.
import { Option, type Command } from 'commander';
import { UsageError, addDirOption, addLangOption, finish, resolveRoot, type CommonOptions } from './context.js';
import { say, text } from '../core/messages.js';
import { CLI } from '../i18n/cli.js';
import { RECORD_KIND_IDS, type RecordKind } from '../core/record-kinds.js';
import { chalkFor, NO_COLOR_OPTION } from './color.js';

interface LogOptions extends CommonOptions {
  kind?: RecordKind;
  format: 'text' | 'json';
  color?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('log')
    .description("a record's history from git: date, author, commit and what changed / 记录的修改历史")
    .argument('<record-id>', 'e.g. 2024-03-15-plenary-2, mz, or yishi.yaml / 记录 id')
    .addOption(new Option('--kind <kind>', 'when members and duties share an id / 记录类型').choices(RECORD_KIND_IDS))
    .addOption(new Option('-f, --format <format>', 'output format / 输出格式').choices(['text', 'json']).default('text'))
    .option(...NO_COLOR_OPTION);
  addDirOption(cmd);
  addLangOption(cmd);
  cmd.action(async (id: string, opts: LogOptions) => {
    const root = resolveRoot(opts);
    const [{ loadFolder }, { chooseLang }, git, { recordLog }, { unknownName }, { kindSpec }] = await Promise.all([
      import('../load/load-folder.js'),
      import('../core/lang.js'),
      import('../history/git.js'),
      import('../history/record-log.js'),
      import('../core/unknown-id.js'),
      import('../core/record-kinds.js'),
    ]);
    const loaded = loadFolder(root);
    const body = loaded.records.find((r) => r.kind === 'body')?.data as { locale?: string } | undefined;
    const lang = chooseLang(opts.lang, body?.locale);
    const isBody = id === 'yishi.yaml' || id === 'yishi' || id === 'body';
    const found = loaded.records.filter(
      (r) => (isBody ? r.kind === 'body' : r.kind !== 'body' && r.id === id) && (!opts.kind || r.kind === opts.kind),
    );
    if (found.length === 0) {
      const known = loaded.records.filter((r) => r.kind !== 'body' && (!opts.kind || r.kind === opts.kind)).map((r) => r.id);
      const unknown = unknownName({ id, kind: opts.kind ? kindSpec(opts.kind).label : say(CLI, 'anyRecord'), known });
      throw new UsageError(unknown);
    }
    let repo;
    try {
      repo = git.openRepository(root, { allowShallow: true });
    } catch (e) {
      if (e instanceof git.GitUnavailable) throw new UsageError(e.text);
      throw e;
    }
    if (git.isShallow(root)) process.stderr.write(`yishi: ${text(lang, CLI, 'shallowClone')}\n`);
    const logs = found.map((r) => ({ path: r.file.path, entries: recordLog(repo, r.file.path, r.kind) }));
    if (opts.format === 'json') {
      finish((await import('../report/log-json.js')).formatLogJson(logs, lang), 0);
      return;
    }
    const { formatLogText } = await import('../report/log-text.js');
    const chalk = await chalkFor(opts);
    finish(logs.map((l) => formatLogText(l.path, l.entries, lang, chalk)).join('\n'), 0);
  });
}
