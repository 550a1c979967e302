// `--format github`: workflow-command annotations that GitHub Actions shows on the lines of a pull request.
import type { Diagnostic, Lang } from '../core/diagnostic.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics
    .map(
      (d) =>
        `::${d.severity === 'note' ? 'notice' : d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column}::${escapeData(`${d.message[lang]} [${d.rule}]`)}\n`,
    )
    .join('');
}
