// `yishi log --format json`: [{file, history: [{commit, author, email, date, subject, path, changes}]}].
import type { Lang } from '../core/diagnostic.js';
import type { LogEntry } from '../history/record-log.js';

export function formatLogJson(logs: ReadonlyArray<{ path: string; entries: readonly LogEntry[] }>, lang: Lang): string {
  const out = logs.map((l) => ({
    file: l.path,
    history: l.entries.map((e) => ({
      commit: e.commit,
      author: e.author,
      email: e.email,
      date: e.date,
      subject: e.subject,
      path: e.path,
      changes: e.changes.map((c) => c[lang]),
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
