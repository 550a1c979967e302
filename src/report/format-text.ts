// `--format text`: findings grouped by file, for a person at a terminal.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Lang } from '../core/diagnostic.js';
import { text } from '../core/messages.js';
import { FINDINGS } from '../i18n/report.js';
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
        ? chalk.red(text(lang, FINDINGS, 'error'))
        : d.severity === 'warning'
          ? chalk.yellow(text(lang, FINDINGS, 'warning'))
          : chalk.cyan(text(lang, FINDINGS, 'note'));
    lines.push(`  ${chalk.dim(where)}  ${sev}  ${d.message[lang]}  ${chalk.dim(d.rule)}`);
  }
  const s = summarize(diagnostics, files);
  if (lines.length > 0) lines.push('');
  if (s.errors === 0 && s.warnings === 0) {
    lines.push(chalk.green(text(lang, FINDINGS, 'clean', { files: s.files })));
  } else {
    const summary = text(lang, FINDINGS, 'found', { files: s.files, errors: s.errors, warnings: s.warnings });
    lines.push(s.errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  }
  return lines.join('\n') + '\n';
}
