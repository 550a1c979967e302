// `yishi audit` as text: violations grouped by file, each with its commit, author and field.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/diagnostic.js';
import type { AuditResult } from '../history/audit.js';
import { text } from '../core/messages.js';
import { AUDIT_TEXT } from '../i18n/history.js';

export function formatAuditText(result: AuditResult, lang: Lang, chalk: ChalkInstance): string {
  const lines: string[] = [];
  let current: string | undefined;
  const marked = [
    ...result.violations.map((v) => ({ v, label: chalk.red(text(lang, AUDIT_TEXT, 'violation')) })),
    ...result.notes.map((v) => ({ v, label: chalk.cyan(text(lang, AUDIT_TEXT, 'note')) })),
  ];
  for (const { v, label } of marked) {
    if (v.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(chalk.underline(v.file));
      current = v.file;
    }
    lines.push(`  ${chalk.dim(`${v.commit.slice(0, 7)} ${v.date.slice(0, 10)} ${v.author} <${v.email}>`)}  ${chalk.bold(v.field)}`);
    lines.push(`    ${label}  ${v.message[lang]}`);
  }
  if (lines.length > 0) lines.push('');
  const n = result.violations.length;
  const counted = { commits: result.commits, sealed: result.sealedMeetings };
  const summary = n === 0 ? text(lang, AUDIT_TEXT, 'clean', counted) : text(lang, AUDIT_TEXT, 'found', { ...counted, n });
  lines.push(n === 0 ? chalk.green(summary) : chalk.red.bold(summary));
  return lines.join('\n') + '\n';
}
