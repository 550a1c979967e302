// yishi render supervision <id>: the document from the CLI, and a usage error for an unknown id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { EXAMPLE, REPO } from '../helpers/folder.js';

const golden = (name: string): string => readFileSync(join(REPO, 'tests/golden/render', name), 'utf8');

describe('yishi render supervision', () => {
  it("renders the notice as the core does, in the body's language or --lang", () => {
    const zh = runYishi(['render', 'supervision', '2026-10-16-ybj', '-C', EXAMPLE]);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toBe(golden('supervision-2026-10-16-ybj.zh.md'));
    const en = runYishi(['render', 'supervision', '2026-07-10-circular', '-C', EXAMPLE, '--lang', 'en']);
    expect(en.stdout).toBe(golden('supervision-2026-07-10-circular.en.md'));
  });

  it('an unknown id, or none, is a usage error', () => {
    const r = runYishi(['render', 'supervision', '2026-10-16-ybi', '-C', EXAMPLE, '--lang', 'zh']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('yishi: 找不到督办文书“2026-10-16-ybi”。你是不是想写“2026-10-16-ybj”?\n');
    const none = runYishi(['render', 'supervision', '-C', EXAMPLE, '--lang', 'en']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Give the supervision record, e.g. yishi render supervision 2025-07-02-zjj');
  });
});
