// Folders and files yishi cannot or may not read are findings of their own, and the checks and lists that
// depend on them say they may be incomplete instead of reporting what is "missing".
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { copyExample } from '../helpers/folder.js';
import { runYishi, permissionsApply } from '../helpers/cli.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { validateFolder } from '../../src/check/check-folder.js';

const AS_OF = '2026-11-28';
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) {
    chmodSync(dir, 0o755);
    execFileSync('chmod', ['-R', 'u+rwX', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

function example(): string {
  const dir = copyExample();
  made.push(dir);
  return dir;
}

function findings(dir: string, rule?: string): string[] {
  return validateFolder(loadFolder(dir), { asOf: AS_OF })
    .diagnostics.filter((d) => rule === undefined || d.rule === rule)
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message.en}`);
}

describe('files that are not regular files', () => {
  it('refuses a named pipe where a record file should be, without blocking', () => {
    const dir = example();
    execFileSync('mkfifo', [join(dir, 'members/pipe.yaml')]);
    const r = runYishi(['validate', '-C', dir, '--as-of', AS_OF, '--lang', 'en'], { timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('members/pipe.yaml');
    expect(r.stdout).toContain('This is not a regular file (a named pipe, a device or a socket) and is refused.');
  });
});

describe('links that leave the folder or point at a folder', () => {
  it('reports a year folder that is a link out of the record folder, and every file is accounted for', () => {
    const dir = example();
    const elsewhere = tempDir('elsewhere');
    made.push(elsewhere);
    writeFileSync(join(elsewhere, '2027-01-05-plenary.yaml'), 'kind: plenary\n');
    symlinkSync(elsewhere, join(dir, 'meetings/2027'));
    const found = findings(dir, 'file');
    expect(found).toEqual([
      'meetings/2027:1:1 file This is a symbolic link to a place outside the record folder and is refused. ' +
        'Checks that depend on the records there could not be complete. Records must live inside the folder.',
    ]);
    expect(runYishi(['validate', '-C', dir, '--as-of', AS_OF]).status).toBe(1);
  });

  it('reports a link to a folder inside the record folder instead of skipping it silently', () => {
    const dir = example();
    symlinkSync(join(dir, 'meetings/2025'), join(dir, 'meetings/2027'));
    const found = findings(dir, 'file');
    expect(found).toEqual([expect.stringMatching(/^meetings\/2027:1:1 file This is a symbolic link to a folder and is not read\./)]);
  });
});

describe('a folder that cannot be read', () => {
  function unreadableYear(): string {
    const dir = example();
    // The tests may run as root, for whom permissions do not apply: yishi then runs as an ordinary user.
    execFileSync('chmod', ['-R', 'a+rX', dir]);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'meetings/2025'), 0o000);
    return dir;
  }

  it.skipIf(!permissionsApply())('is a finding of its own, and plenary-per-year and references do not call its records missing', () => {
    const dir = unreadableYear();
    const r = runYishi(['validate', '-C', dir, '--as-of', AS_OF, '--lang', 'en', '--format', 'json'], { ordinaryUser: true });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ file: string; rule: string; message: string }> };
    const files = out.diagnostics.filter((d) => d.rule === 'file');
    expect(files.map((d) => d.file)).toEqual(['meetings/2025']);
    expect(files[0]!.message).toContain('cannot be read (EACCES)');
    expect(files[0]!.message).toContain('could not be complete');
    expect(out.diagnostics.filter((d) => d.rule === 'plenary-per-year' || d.rule === 'reference')).toEqual([]);
  });

  it.skipIf(!permissionsApply())('makes overdue, tasks and render say the list may be incomplete, and fail with --fail', () => {
    const dir = unreadableYear();
    const base = ['-C', dir, '--as-of', AS_OF, '--lang', 'en'];
    for (const args of [['overdue'], ['tasks'], ['render', 'roster']]) {
      const quiet = runYishi([...args, ...base], { ordinaryUser: true });
      expect(quiet.status).toBe(0);
      expect(quiet.stderr).toContain('1 folder could not be read or is a link elsewhere (meetings/2025/); the list may be incomplete.');
      expect(runYishi([...args, ...base, '--fail'], { ordinaryUser: true }).status).toBe(1);
    }
  });
});

describe('a temporary file left by an interrupted write', () => {
  it('is reported as a warning, and the folder still validates', () => {
    const dir = example();
    mkdirSync(join(dir, 'meetings/2026'), { recursive: true });
    writeFileSync(join(dir, 'meetings/2026/.2026-03-18-plenary.yaml.999999.0a1b2c3d.tmp'), 'kind: plen');
    const found = validateFolder(loadFolder(dir), { asOf: AS_OF }).diagnostics.filter((d) => d.rule === 'file');
    const at = found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}`);
    expect(at).toEqual(['meetings/2026/.2026-03-18-plenary.yaml.999999.0a1b2c3d.tmp:1:1 warning']);
    expect(found[0]!.message.en).toContain('left by an interrupted write');
  });
});
