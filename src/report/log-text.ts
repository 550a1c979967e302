// `yishi log` as text: one line per commit, oldest first: date, commit, author, what changed.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/diagnostic.js';
import type { LogEntry } from '../history/record-log.js';
import { text } from '../core/messages.js';
import { LOG } from '../i18n/history.js';
import { alignRows } from './align-columns.js';

export function formatLogText(path: string, entries: readonly LogEntry[], lang: Lang, chalk: ChalkInstance): string {
  const lines = [chalk.underline(path)];
  if (entries.length === 0) {
    lines.push(text(lang, LOG, 'noHistory'));
    return lines.join('\n') + '\n';
  }
  const rows = entries.map((e) => [e.date.slice(0, 10), e.commit.slice(0, 7), e.author]);
  const aligned = alignRows(rows, ['left', 'left', 'left']);
  entries.forEach((e, i) => {
    const what = e.changes.map((c) => c[lang]).join(text(lang, LOG, 'changeSeparator'));
    lines.push(`  ${chalk.dim(aligned[i]!)}  ${what}`);
  });
  return lines.join('\n') + '\n';
}
