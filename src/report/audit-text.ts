// `yishi audit` as text: violations grouped by file, each with its commit, author and field.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/diagnostic.js';
import type { AuditResult } from '../history/audit.js';

export function formatAuditText(result: AuditResult, lang: Lang, chalk: ChalkInstance): string {
  const lines: string[] = [];
  let current: string | undefined;
  const marked = [
    ...result.violations.map((v) => ({ v, label: chalk.red(lang === 'zh' ? '违规' : 'violation') })),
    ...result.notes.map((v) => ({ v, label: chalk.cyan(lang === 'zh' ? '提示' : 'note') })),
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
  const summary =
    lang === 'zh'
      ? `核查了 ${result.commits} 个提交、${result.sealedMeetings} 份已印发的会议纪要:${n === 0 ? '已印发的记录未被改动。' : `${n} 处违规。`}`
      : `Checked ${result.commits} commit${result.commits === 1 ? '' : 's'} and ${result.sealedMeetings} issued meeting${result.sealedMeetings === 1 ? '' : 's'}: ${n === 0 ? 'no sealed record was changed.' : `${n} violation${n === 1 ? '' : 's'}.`}`;
  lines.push(n === 0 ? chalk.green(summary) : chalk.red.bold(summary));
  return lines.join('\n') + '\n';
}
