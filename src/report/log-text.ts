// `yishi log` as text: one line per commit, oldest first: date, commit, author, what changed.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/diagnostic.js';
import type { LogEntry } from '../history/record-log.js';
import { alignRows } from './align-columns.js';

export function formatLogText(path: string, entries: readonly LogEntry[], lang: Lang, chalk: ChalkInstance): string {
  const lines = [chalk.underline(path)];
  if (entries.length === 0) {
    lines.push(lang === 'zh' ? '  (尚未提交到 git,没有历史)' : '  (not committed to git yet: no history)');
    return lines.join('\n') + '\n';
  }
  const rows = entries.map((e) => [e.date.slice(0, 10), e.commit.slice(0, 7), e.author]);
  const aligned = alignRows(rows, ['left', 'left', 'left']);
  entries.forEach((e, i) => {
    const what = e.changes.map((c) => c[lang]).join(lang === 'zh' ? ';' : '; ');
    lines.push(`  ${chalk.dim(aligned[i]!)}  ${what}`);
  });
  return lines.join('\n') + '\n';
}
