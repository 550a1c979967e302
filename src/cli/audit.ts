// yishi audit: prove from git that no sealed record changed after its minutes were issued.
// Exit 0 clean, 1 violations, 2 not a repository, a shallow clone or a bad --since.
import { Option, type Command } from 'commander';
import { UsageError, addDirOption, addLangOption, finish, resolveRoot, type CommonOptions } from './context.js';
import { chalkFor, NO_COLOR_OPTION } from './color.js';

interface AuditOptions extends CommonOptions {
  since?: string;
  format: 'text' | 'json' | 'github';
  color?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('audit')
    .description(
      'check in git history that issued minutes and their decisions never changed, and that progress was only appended / 核查已印发纪要及其议定事项未被改动',
    )
    .option('--since <rev>', 'report only commits after this one (history before it is still read) / 只报告该提交之后的违规')
    .addOption(new Option('-f, --format <format>', 'output format / 输出格式').choices(['text', 'json', 'github']).default('text'))
    .option(...NO_COLOR_OPTION);
  addDirOption(cmd);
  addLangOption(cmd);
  cmd.action(async (opts: AuditOptions) => {
    const root = resolveRoot(opts);
    const [{ chooseLang }, git, { auditHistory }, { loadBody }] = await Promise.all([
      import('../core/lang.js'),
      import('../history/git.js'),
      import('../history/audit.js'),
      import('../check/load-body.js'),
    ]);
    // Only the body's locale is needed here, not every record of the folder.
    const lang = chooseLang(opts.lang, loadBody(root).body?.data.locale);
    let result;
    let prefix: string;
    try {
      const repo = git.openRepository(root);
      prefix = repo.prefix;
      const since = opts.since !== undefined ? git.resolveRevision(root, opts.since) : undefined;
      result = auditHistory(repo, { since });
    } catch (e) {
      if (e instanceof git.GitUnavailable) throw new UsageError(e.text);
      throw e;
    }
    const code = result.violations.length > 0 ? 1 : 0;
    if (opts.format === 'json') finish((await import('../report/audit-json.js')).formatAuditJson(result, lang), code);
    else if (opts.format === 'github') finish((await import('../report/audit-github.js')).formatAuditGithub(result, lang, prefix), code);
    else {
      const { formatAuditText } = await import('../report/audit-text.js');
      finish(formatAuditText(result, lang, await chalkFor(opts)), code);
    }
  });
}
