// `yishi audit --format github`: one error annotation per violation, on its file (paths from the top of the
// repository, as GitHub shows them), through the same annotation writer as validate.
import type { Diagnostic, Lang } from '../core/diagnostic.js';
import type { AuditResult } from '../history/audit.js';
import { formatGithub } from './format-github.js';

export function formatAuditGithub(result: AuditResult, lang: Lang, prefix: string): string {
  const marked = [
    ...result.violations.map((v) => ({ v, severity: 'error' as const })),
    ...result.notes.map((v) => ({ v, severity: 'note' as const })),
  ];
  const diagnostics: Diagnostic[] = marked.map(({ v, severity }) => ({
    file: prefix + v.file,
    line: 1,
    column: 1,
    severity,
    rule: 'audit',
    message: {
      zh: `${v.message.zh}(提交 ${v.commit.slice(0, 7)},作者 ${v.author},字段 ${v.field})`,
      en: `${v.message.en} (commit ${v.commit.slice(0, 7)}, author ${v.author}, field ${v.field})`,
    },
  }));
  return formatGithub(diagnostics, lang);
}
