// yishi rules: list every rule with its severity for this body (the default outside a record folder), the
// clause of the notice it enforces and what it checks.
import { Option, type Command } from 'commander';
import { addDirOption, addLangOption, finish, resolveRoot, type CommonOptions } from './context.js';
import { chalkFor, NO_COLOR_OPTION } from './color.js';

interface RulesOptions extends CommonOptions {
  format: 'text' | 'json' | 'markdown';
  color?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('rules')
    .description('list the rules of validate with their severity, clause and description / 列出检查规则')
    .addOption(new Option('-f, --format <format>', 'output format / 输出格式').choices(['text', 'json', 'markdown']).default('text'))
    .option(...NO_COLOR_OPTION);
  addDirOption(cmd);
  addLangOption(cmd);
  cmd.action(async (opts: RulesOptions) => {
    const [{ findRecordFolder }, { loadBody }, { ruleConfig }, { RULES }, { chooseLang }, report] = await Promise.all([
      import('../load/find-folder.js'),
      import('../check/load-body.js'),
      import('../check/run-rules.js'),
      import('../rules/index.js'),
      import('../core/lang.js'),
      import('../report/format-rules.js'),
    ]);
    // An explicit -C must name a record folder; without it, outside any record folder the defaults are listed.
    const root = opts.dir !== undefined ? resolveRoot(opts) : findRecordFolder(process.cwd());
    const records = root !== undefined ? loadBody(root) : undefined;
    const config = records?.body ? ruleConfig(records) : undefined;
    const lang = chooseLang(opts.lang, records?.body?.data.locale);
    const rows = report.ruleRows(RULES, lang, config);
    let output: string;
    if (opts.format === 'json') output = report.formatRulesJson(rows);
    else if (opts.format === 'markdown') output = report.formatRulesMarkdown(rows, lang);
    else {
      output = report.formatRulesText(
        rows,
        lang,
        await chalkFor(opts),
        !records ? { kind: 'none' } : records.body ? { kind: 'body', name: records.body.data.name } : { kind: 'unreadable' },
      );
    }
    finish(output, 0);
  });
}
