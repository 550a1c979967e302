// The README's walk-through of one meeting runs exactly as written (with the editor step done by the test).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { REPO } from '../helpers/folder.js';
import { tempDir } from '../helpers/temp-dir.js';

function walkthrough(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### 从开会到落实'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

describe('README walk-through', () => {
  it('runs from init to audit, each command exiting 0', () => {
    const lines = walkthrough();
    expect(lines.some((l) => l.startsWith('yishi issue'))).toBe(true);
    const dir = tempDir('readme');
    const env = {
      ...process.env,
      NO_COLOR: '1',
      GIT_AUTHOR_NAME: '示例庚',
      GIT_AUTHOR_EMAIL: 'clerk@example.org',
      GIT_COMMITTER_NAME: '示例庚',
      GIT_COMMITTER_EMAIL: 'clerk@example.org',
    };
    const fill = "sed -i 's/^proceedings: .*/proceedings: 县民政局汇报了工作情况,会议进行了讨论。/' meetings/2024/2024-03-15-plenary.yaml";
    const script = [
      'set -e',
      `yishi() { "${process.execPath}" "${BIN}" "$@"; }`,
      ...lines.flatMap((l) => (l.startsWith('git add . && git commit -m "2024年第一次全体会议"') ? [fill, l] : [l])),
    ].join('\n');
    const r = spawnSync('bash', ['-c', script], { cwd: dir, env, encoding: 'utf8' });
    expect(r.stderr).not.toContain('未写入');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('resolutions/2024/2024-03-15-plenary-1.yaml');
    expect(r.stdout).toContain('落实情况 + 落实中(2024-04-10,mz)');
    expect(r.stdout).toContain('已印发的记录未被改动');
    const meeting = readFileSync(join(dir, 'my-body/meetings/2024/2024-03-15-plenary.yaml'), 'utf8');
    expect(meeting).toContain('number: 某困保纪〔2024〕1号');
  });
});
