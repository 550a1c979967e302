// yishi validate: check every record of the folder and report findings.
import { Option, type Command } from 'commander';
import { addAsOfOption, addDirOption, addLangOption, finish, now, parseDate, resolveRoot, type CommonOptions } from './context.js';
import { chalkFor, NO_COLOR_OPTION } from './color.js';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from '../report/diagnostic-formats.js';

interface ValidateOptions extends CommonOptions {
  format: DiagnosticFormat;
  strict?: boolean;
  color?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('validate')
    .description('check every record: schema, layout, references, personal data and the rules / 检查全部记录')
    .addOption(new Option('-f, --format <format>', 'output format / 输出格式').choices(DIAGNOSTIC_FORMATS).default('text'))
    .option('--strict', 'warnings also fail (exit 1) / 警告也视为失败')
    .option(...NO_COLOR_OPTION);
  addDirOption(cmd);
  addLangOption(cmd);
  addAsOfOption(cmd);
  cmd.action(async (opts: ValidateOptions) => {
    const asOf = parseDate(opts.asOf, '--as-of');
    const root = resolveRoot(opts);
    const [{ loadFolder }, { validateFolder, VALIDATE_LOAD }, { chooseLang }] = await Promise.all([
      import('../load/load-folder.js'),
      import('../check/check-folder.js'),
      import('../core/lang.js'),
    ]);
    const result = validateFolder(loadFolder(root, VALIDATE_LOAD), { asOf, now: now() });
    const lang = chooseLang(opts.lang, result.records.body?.data.locale);
    const { formatFindings } = await import('../report/diagnostic-formats.js');
    const output = await formatFindings(opts.format, {
      diagnostics: result.diagnostics,
      fileCount: result.fileCount,
      lang,
      chalk: () => chalkFor(opts),
      pathInRepository: async () => (await import('../load/find-folder.js')).pathInRepository(root),
    });
    const errors = result.diagnostics.some((d) => d.severity === 'error');
    const warnings = result.diagnostics.some((d) => d.severity === 'warning');
    finish(output, errors || (opts.strict && warnings) ? 1 : 0);
  });
}
