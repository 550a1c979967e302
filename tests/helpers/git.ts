// Record folders in real git repositories, for the write and history commands.
import { execFileSync } from 'node:child_process';
import { makeFolder, smallBody, type Files } from './folder.js';

export interface Person {
  name: string;
  email: string;
}

export const CLERK: Person = { name: '示例书记员', email: 'clerk@example.org' };

/** An environment for git and for yishi: a fixed identity and no user or system configuration. */
export function gitEnv(who: Person = CLERK): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

export function git(dir: string, args: string[], who: Person = CLERK, date?: string): string {
  const dates = date ? { GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` } : {};
  return execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, ...gitEnv(who), ...dates },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Stage everything and commit it as `who` (on `date`, YYYY-MM-DD, when given); returns the commit id. */
export function commitAll(dir: string, message: string, who: Person = CLERK, date?: string): string {
  git(dir, ['add', '-A'], who);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message], who, date);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

/** A folder from `files` in a new git repository with one commit. */
export function repoFrom(files: Files, date?: string): string {
  const dir = makeFolder(files);
  git(dir, ['init', '-q']);
  commitAll(dir, 'records', CLERK, date);
  return dir;
}

/** Duty statements that cover every member of smallBody, so that the folder validates without errors. */
export const SMALL_DUTIES: Files = {
  'duties/group.yaml': 'holder: group\nfrom: 2024-01-10\ntext: 统筹全县困难群众基本生活保障工作。\n',
  'duties/mz.yaml': 'holder: mz\nfrom: 2024-01-10\ntext: 负责低保、特困和临时救助。\n',
  'duties/cz.yaml': 'holder: cz\nfrom: 2024-01-10\ntext: 负责保障资金。\n',
  'duties/gaj.yaml': 'holder: gaj\nfrom: 2024-01-10\ntext: 负责户籍信息比对。\n',
};

/** smallBody with duties (a folder without errors) in a git repository, with `extra` files. */
export function smallRepo(extra: Files = {}, date?: string): string {
  return repoFrom(smallBody({ ...SMALL_DUTIES, ...extra }), date);
}
