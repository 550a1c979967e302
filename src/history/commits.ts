// The commits that touched some record files, with the files each changed (renames followed), read from
// one `git log` call; and the text of those files before and after each commit, from one `git cat-file`.
import { git, readBlobs, type Repository } from './git.js';

export interface CommitInfo {
  commit: string;
  /** Parent commit ids (none for a root commit). */
  parents: string[];
  author: string;
  email: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  subject: string;
}

export interface FileChange {
  /** A added, M modified, D deleted, R renamed (possibly modified), C copied, T type change. */
  status: string;
  /** Path relative to the record folder after the commit (for D: the deleted path). */
  path: string;
  /** Path relative to the record folder before the commit (differs for R). */
  oldPath: string;
  /** The same two paths from the top of the repository (the record folder may have moved). */
  topPath: string;
  topOldPath: string;
}

export interface CommitChanges extends CommitInfo {
  changes: FileChange[];
}

const RS = '\x1e';
const US = '\x1f';
const FORMAT = `${RS}%H${US}%P${US}%an${US}%ae${US}%aI${US}%s`;

/**
 * `git log` over `paths` (relative to the record folder). `follow` tracks one file across renames.
 * Oldest first when `oldestFirst`, else newest first. Merge commits are left out (their changes arrive
 * with the commits they merge) unless `merges`: then a merge lists the files it leaves different from every
 * parent (git's combined diff), which is where an edit made in the merge itself shows.
 */
export function commitsTouching(
  repo: Repository,
  paths: readonly string[],
  options: { follow?: boolean; oldestFirst?: boolean; merges?: boolean } = {},
): CommitChanges[] {
  const args = ['log', `--format=${FORMAT}`, '--name-status', '-M', options.merges ? '-c' : '--no-merges', '--topo-order'];
  if (options.follow) args.push('--follow');
  if (options.oldestFirst && !options.follow) args.push('--reverse');
  const prefixes = [repo.prefix, ...(repo.formerPrefixes ?? [])];
  args.push('--', ...prefixes.flatMap((prefix) => paths.map((p) => `${prefix}${p}`)));
  const out = git(repo.top, args);
  const commits: CommitChanges[] = [];
  for (const chunk of out.split(RS)) {
    if (!chunk.trim()) continue;
    const [head, ...rest] = chunk.split('\n');
    const [commit, parents, author, email, date, subject] = head!.split(US);
    const changes: FileChange[] = [];
    for (const line of rest) {
      if (!line.trim()) continue;
      const cols = line.split('\t');
      const status = cols[0]!.charAt(0);
      const oldTop = cols[1]!;
      const newTop = cols.length > 2 ? cols[2]! : oldTop;
      changes.push({ status, path: strip(repo, newTop), oldPath: strip(repo, oldTop), topPath: newTop, topOldPath: oldTop });
    }
    commits.push({
      commit: commit!,
      parents: parents ? parents.split(' ').filter(Boolean) : [],
      author: author!,
      email: email!,
      date: date!,
      subject: subject ?? '',
      changes,
    });
  }
  if (options.follow && options.oldestFirst) commits.reverse();
  return commits;
}

/** The path relative to the record folder, where it is now or was earlier; `/<path>` outside it. */
function strip(repo: Repository, topPath: string): string {
  const prefixes = [repo.prefix, ...(repo.formerPrefixes ?? [])].sort((a, b) => b.length - a.length);
  const prefix = prefixes.find((p) => topPath.startsWith(p));
  return prefix !== undefined ? topPath.slice(prefix.length) : `/${topPath}`;
}

/**
 * Where the record folder was before it was moved inside the repository: the folders that held its
 * yishi.yaml, followed across renames.
 */
export function formerPrefixes(repo: Repository): string[] {
  const out = git(repo.top, ['log', '--follow', '--name-only', '--format=', '-M', '--', `${repo.prefix}yishi.yaml`]);
  const found = new Set<string>();
  for (const line of out.split('\n')) {
    const path = line.trim();
    if (path === 'yishi.yaml' || path.endsWith('/yishi.yaml')) found.add(path.slice(0, path.length - 'yishi.yaml'.length));
  }
  found.delete(repo.prefix);
  return [...found].sort();
}

/** The text of a record-folder file at a commit; undefined where it does not exist. In one batch. */
export function textsAt(
  repo: Repository,
  wanted: ReadonlyArray<{ commit: string; path: string; top?: string }>,
): Array<string | undefined> {
  return readBlobs(
    repo.top,
    wanted.map((w) => `${w.commit}:${w.top ?? `${repo.prefix}${w.path}`}`),
  );
}

/** Commit ids reachable from HEAD but not from `since` (the commits `--since` reports on). */
export function commitsSince(repo: Repository, since: string): Set<string> {
  return new Set(
    git(repo.top, ['rev-list', `${since}..HEAD`])
      .split('\n')
      .filter(Boolean),
  );
}
