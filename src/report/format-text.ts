// `--format text`: findings grouped by file, for a person at a terminal.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Lang } from '../core/diagnostic.js';
import { summarize } from './summary.js';

export function formatText(diagnostics: readonly Diagnostic[], files: number, lang: Lang, chalk: ChalkInstance): string {
  const lines: string[] = [];
  let current: string | undefined;
  const width = Math.max(0, ...diagnostics.map((d) => `${d.line}:${d.column}`.length));
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(chalk.underline(d.file));
      current = d.file;
    }
    const where = `${d.line}:${d.column}`.padEnd(width);
    const sev =
      d.severity === 'error'
        ? chalk.red(lang === 'zh' ? '错误' : 'error  ')
        : d.severity === 'warning'
          ? chalk.yellow(lang === 'zh' ? '警告' : 'warning')
          : chalk.cyan(lang === 'zh' ? '提示' : 'note   ');
    lines.push(`  ${chalk.dim(where)}  ${sev}  ${d.message[lang]}  ${chalk.dim(d.rule)}`);
  }
  const s = summarize(diagnostics, files);
  if (lines.length > 0) lines.push('');
  if (s.errors === 0 && s.warnings === 0) {
    lines.push(chalk.green(lang === 'zh' ? `检查了 ${s.files} 个文件,没有发现问题。` : `Checked ${s.files} file${s.files === 1 ? '' : 's'}: no problems.`));
  } else {
    const text =
      lang === 'zh'
        ? `检查了 ${s.files} 个文件:${s.errors} 个错误,${s.warnings} 个警告。`
        : `Checked ${s.files} file${s.files === 1 ? '' : 's'}: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}.`;
    lines.push(s.errors > 0 ? chalk.red.bold(text) : chalk.yellow.bold(text));
  }
  return lines.join('\n') + '\n';
}
