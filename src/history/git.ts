// Run git without a shell (execFileSync with an argument list) and answer the questions history needs.
import { execFileSync } from 'node:child_process';
import type { Message } from '../core/diagnostic.js';

/** Why history cannot be read: not a repository, a shallow clone, or git missing. */
export class GitUnavailable extends Error {
  constructor(
    readonly reason: 'no-git' | 'not-a-repository' | 'shallow' | 'bad-revision',
    readonly text: Message,
  ) {
    super(text.en);
  }
}

export function git(cwd: string, args: readonly string[], input?: string | Buffer): string {
  return gitBuffer(cwd, args, input).toString('utf8');
}

export function gitBuffer(cwd: string, args: readonly string[], input?: string | Buffer): Buffer {
  // --no-replace-objects: history as committed; `git replace` cannot put another commit in place of one.
  return execFileSync('git', ['--no-replace-objects', '-c', 'core.quotepath=off', ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' },
  });
}

/** git is installed. */
export function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The top of the work tree `dir` is in, or undefined when it is in none. */
export function workTreeTop(dir: string): string | undefined {
  try {
    const out = git(dir, ['rev-parse', '--show-toplevel']).trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

export interface Repository {
  /** Absolute path of the top of the work tree. */
  top: string;
  /** The record folder relative to the top, with a trailing `/` ('' at the top). */
  prefix: string;
  /** Where the record folder was earlier in history, when it was moved inside the repository. */
  formerPrefixes?: string[];
}

/** The repository that holds the record folder, with commits; throws GitUnavailable otherwise. */
export function openRepository(root: string, options: { allowShallow?: boolean } = {}): Repository {
  if (!hasGit())
    throw new GitUnavailable('no-git', {
      zh: '找不到 git 命令:请先安装 git。记录的历史保存在 git 中。',
      en: 'git is not installed: install git first. The history of the records lives in git.',
    });
  const top = workTreeTop(root);
  if (!top)
    throw new GitUnavailable('not-a-repository', {
      zh: `${root} 不在 git 仓库中,无法读取记录的历史。请在记录文件夹中运行 git init 并提交记录。`,
      en: `${root} is not in a git repository, so there is no history to read. Run git init in the record folder and commit the records.`,
    });
  try {
    git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  } catch {
    throw new GitUnavailable('not-a-repository', {
      zh: `${top} 是 git 仓库,但还没有任何提交,无法读取历史。`,
      en: `${top} is a git repository without any commit yet: there is no history to read.`,
    });
  }
  if (!options.allowShallow && isShallow(root))
    throw new GitUnavailable('shallow', {
      zh: '这是一个浅克隆(shallow clone),缺少早期的提交,无法证明记录未被改动。请用完整历史克隆(git fetch --unshallow;GitHub Actions 中设 fetch-depth: 0,GitLab CI 中设 GIT_DEPTH: 0)。',
      en: 'This is a shallow clone: earlier commits are missing, so the records cannot be proven unchanged. Fetch the full history (git fetch --unshallow; fetch-depth: 0 in GitHub Actions, GIT_DEPTH: 0 in GitLab CI).',
    });
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  return { top, prefix };
}

export function isShallow(dir: string): boolean {
  return git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
}

/** The full commit id of a revision, or a GitUnavailable('bad-revision'). */
export function resolveRevision(dir: string, rev: string): string {
  try {
    return git(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).trim();
  } catch {
    throw new GitUnavailable('bad-revision', {
      zh: `找不到提交“${rev}”。请写提交号、分支名或标签。`,
      en: `No commit "${rev}". Give a commit id, a branch or a tag.`,
    });
  }
}

/**
 * The contents of several `<rev>:<path>` objects in one `git cat-file --batch` call; undefined for objects
 * that do not exist (a file absent at that commit).
 */
export function readBlobs(dir: string, specs: readonly string[]): Array<string | undefined> {
  if (specs.length === 0) return [];
  const out = gitBuffer(dir, ['cat-file', '--batch'], specs.join('\n') + '\n');
  const result: Array<string | undefined> = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const nl = out.indexOf(0x0a, at);
    const header = out.subarray(at, nl).toString('utf8');
    at = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      result.push(undefined); // "<spec> missing" or "ambiguous"
      continue;
    }
    const size = Number(m[2]);
    result.push(
      m[1] === 'blob'
        ? out
            .subarray(at, at + size)
            .toString('utf8')
            .replace(/^\uFEFF/, '')
        : undefined,
    );
    at += size + 1;
  }
  return result;
}
