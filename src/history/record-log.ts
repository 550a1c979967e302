// yishi log <record-id>: the git history of one record file (renames followed), oldest first, each commit
// with what it changed in the record's own terms.
import type { Message } from '../core/diagnostic.js';
import { parseYaml } from '../load/parse-yaml.js';
import type { RecordKind } from '../model/types.js';
import { commitsTouching, textsAt, type CommitInfo } from './commits.js';
import { describeChange } from './describe-change.js';
import type { Repository } from './git.js';

export interface LogEntry extends CommitInfo {
  /** The file's path (relative to the record folder) after the commit. */
  path: string;
  changes: Message[];
}

function dataOf(path: string, text: string): Record<string, unknown> | undefined {
  const d = parseYaml(path, text).data;
  return typeof d === 'object' && d !== null && !Array.isArray(d) ? (d as Record<string, unknown>) : undefined;
}

/** The history of the record file at `path` (relative to the record folder). */
export function recordLog(repo: Repository, path: string, kind: RecordKind): LogEntry[] {
  const commits = commitsTouching(repo, [path], { follow: true, oldestFirst: true });
  const pathAt = (c: (typeof commits)[number]): string => c.changes[0]?.path ?? path;
  const present = commits.filter((c) => c.changes[0]?.status !== 'D');
  const fetched = textsAt(
    repo,
    present.map((c) => ({ commit: c.commit, path: pathAt(c) })),
  );
  const textOf = new Map(present.map((c, i) => [c.commit, fetched[i]]));
  // Each commit is told against its parent (on branches, the commit listed before it may be a sibling).
  const withParent = commits.filter((c) => c.changes[0]?.status !== 'A' && c.parents[0] !== undefined);
  const parentTexts = textsAt(
    repo,
    withParent.map((c) => ({ commit: c.parents[0]!, path: c.changes[0]?.oldPath ?? pathAt(c) })),
  );
  const parentTextOf = new Map(withParent.map((c, i) => [c.commit, parentTexts[i]]));
  const version = (filePath: string, text: string | undefined) =>
    text === undefined ? undefined : { path: filePath, text, data: dataOf(filePath, text) };
  const entries: LogEntry[] = [];
  commits.forEach((c) => {
    const filePath = pathAt(c);
    const current = version(filePath, textOf.get(c.commit));
    const previous = version(c.changes[0]?.oldPath ?? filePath, parentTextOf.get(c.commit));
    const info: CommitInfo = { commit: c.commit, parents: c.parents, author: c.author, email: c.email, date: c.date, subject: c.subject };
    entries.push({ ...info, path: filePath, changes: describeChange({ kind, before: previous, after: current }) });
  });
  return entries;
}
