// `--format json`: {"diagnostics":[{file,line,column,severity,rule,message}],"summary":{files,errors,warnings}}.
import type { Diagnostic, Lang } from '../core/diagnostic.js';
import { summarize } from './summary.js';

export function formatJson(diagnostics: readonly Diagnostic[], files: number, lang: Lang): string {
  const out = {
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      rule: d.rule,
      message: d.message[lang],
    })),
    summary: summarize(diagnostics, files),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
