// `yishi validate` run as a user would: the built binary, exit codes, formats, folder discovery, language, colour.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { makeFolder, smallBody } from '../helpers/folder.js';

const AS_OF = '2025-07-01';
const broken = (): string =>
  makeFolder(
    smallBody({
      'meetings/2025/m.yaml': 'kind: plenary\ntitle: 会议\ndate: 2025-03-20\nconvener: zz\n',
      'resolutions/2025/m-1.yaml': 'meeting: m\nno: 1\ntext: 建库\nlead: wjj\ndue: 2025-06-30\n',
    }),
  );

describe('yishi validate', () => {
  it('exits 0 on the example body', () => {
    const r = runYishi(['validate', '-C', 'examples/lanping', '--as-of', '2026-11-28']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/检查了 \d+ 个文件/);
  });

  it('exits 1 on an error and points at the value, grouped by file', () => {
    const r = runYishi(['validate', '--as-of', AS_OF, '--lang', 'zh'], { cwd: broken() });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('resolutions/2025/m-1.yaml\n  4:7  错误  找不到成员“wjj”。');
    expect(r.stdout).toContain('reference');
  });

  it('prints exactly the JSON shape CI tools read', () => {
    const r = runYishi(['validate', '--format', 'json', '--as-of', AS_OF, '--lang', 'en'], { cwd: broken() });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<Record<string, unknown>>; summary: Record<string, number> };
    expect(Object.keys(out)).toEqual(['diagnostics', 'summary']);
    const ref = out.diagnostics.find((d) => d.rule === 'reference');
    expect(ref).toEqual({
      file: 'resolutions/2025/m-1.yaml',
      line: 4,
      column: 7,
      severity: 'error',
      rule: 'reference',
      message: 'No member "wjj".',
    });
    for (const d of out.diagnostics) expect(Object.keys(d)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
    expect(Object.keys(out.summary)).toEqual(['files', 'errors', 'warnings']);
    expect(out.summary.files).toBe(8);
    expect(out.summary.errors).toBe(out.diagnostics.filter((d) => d.severity === 'error').length);
  });

  it('prints GitHub workflow annotations', () => {
    const r = runYishi(['validate', '--format', 'github', '--as-of', AS_OF, '--lang', 'en'], { cwd: broken() });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=resolutions/2025/m-1.yaml,line=4,col=7::No member "wjj". [reference]\n');
  });

  it('finds the record folder by walking up, or from -C', () => {
    const dir = broken();
    mkdirSync(join(dir, 'meetings/2025/deep'), { recursive: true });
    expect(runYishi(['validate', '--as-of', AS_OF], { cwd: join(dir, 'meetings/2025/deep') }).status).toBe(1);
    expect(runYishi(['validate', '-C', dir, '--as-of', AS_OF]).status).toBe(1);
  });

  it('counts one file as one file in English', () => {
    const cwd = makeFolder({ 'yishi.yaml': smallBody()['yishi.yaml'] });
    const r = runYishi(['validate', '--as-of', '2024-06-01', '--lang', 'en'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('\nChecked 1 file: 1 error, 0 warnings.\n');
  });

  it('exits 2 without a record folder, with a message in the chosen language', () => {
    const empty = makeFolder({ 'readme.txt': 'x' });
    const zh = runYishi(['validate'], { cwd: empty, env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('找不到记录文件夹');
    const en = runYishi(['validate', '--lang', 'en'], { cwd: empty });
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('No record folder');
    expect(en.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on usage errors: unknown option, bad format, impossible --as-of', () => {
    expect(runYishi(['validate', '--bogus', '-C', 'examples/lanping']).status).toBe(2);
    expect(runYishi(['validate', '--format', 'xml', '-C', 'examples/lanping']).status).toBe(2);
    const r = runYishi(['validate', '--as-of', '2025-02-30', '-C', 'examples/lanping', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"2025-02-30" is not a real date');
    expect(runYishi(['nosuchcommand']).status).toBe(2);
  });
});

describe('yishi validate', () => {
  it('exits 0 for --help and --version', () => {
    expect(runYishi(['--help']).status).toBe(0);
    expect(runYishi(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('chooses the language: --lang, else LANG, else the body locale', () => {
    const dir = broken();
    expect(runYishi(['validate', '--as-of', AS_OF], { cwd: dir, env: { LANG: 'en_US.UTF-8' } }).stdout).toContain('No member "wjj".');
    expect(runYishi(['validate', '--as-of', AS_OF, '--lang', 'zh'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } }).stdout).toContain(
      '找不到成员“wjj”',
    );
    expect(runYishi(['validate', '--as-of', AS_OF], { cwd: dir, env: { LANG: 'C.UTF-8' } }).stdout).toContain('找不到成员“wjj”');
    expect(runYishi(['validate', '--as-of', AS_OF], { cwd: dir, env: { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' } }).stdout).toContain(
      'No member',
    );
  });

  it('colours only when allowed: NO_COLOR wins over FORCE_COLOR', () => {
    const dir = broken();
    const coloured = runYishi(['validate', '--as-of', AS_OF], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
    const plain = runYishi(['validate', '--as-of', AS_OF], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('找不到成员“wjj”');
  });

  it('fails on warnings only with --strict', () => {
    const dir = makeFolder(smallBody({ 'notes.yaml': 'x: 1\n' }));
    const normal = runYishi(['validate', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    const warnings = (JSON.parse(normal.stdout) as { diagnostics: Array<{ rule: string; severity: string }> }).diagnostics.filter(
      (d) => d.rule === 'layout',
    );
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', rule: 'layout' })]);
    const strict = runYishi(['validate', '--as-of', AS_OF, '--strict', '--format', 'json'], { cwd: dir });
    expect(strict.status).toBe(1);
  });

  it('reports a key written as a list without a Node warning on stderr', () => {
    const cwd = makeFolder(smallBody({ 'members/xx.yaml': 'role: member\n? [a, b]\n: c\n' }));
    const r = runYishi(['validate', '--as-of', AS_OF, '--lang', 'en', '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ file: string; rule: string; message: string }> };
    expect(out.diagnostics.filter((d) => d.file === 'members/xx.yaml').map((d) => d.message)).toContain(
      'Unknown field "[ a, b ]". Fields allowed here: role, unit, position, level, order, holders, liaisons, joined, left, successor.',
    );
  });

  it('prints the schema of a kind, and refuses an unknown kind', () => {
    const r = runYishi(['schema', 'resolution']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; properties: Record<string, { title: string }> };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.properties.lead!.title).toContain('牵头单位');
    expect(runYishi(['schema', 'minutes']).status).toBe(2);
  });
});

describe('yishi validate --format github in a sub-folder of a repository', () => {
  it('names files from the top of the repository, where GitHub looks for them', () => {
    const repo = makeFolder({ 'README.md': '# 记录\n' });
    mkdirSync(join(repo, '.git'));
    const records = join(repo, 'records/body');
    const files = broken();
    mkdirSync(records, { recursive: true });
    cpSync(files, records, { recursive: true });
    const r = runYishi(['validate', '--format', 'github', '--as-of', AS_OF, '--lang', 'en'], { cwd: records });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=records/body/resolutions/2025/m-1.yaml,line=4,col=7::No member "wjj". [reference]\n');
    const json = JSON.parse(runYishi(['validate', '--format', 'json', '--as-of', AS_OF], { cwd: records }).stdout) as {
      diagnostics: Array<{ file: string }>;
    };
    expect(json.diagnostics.some((d) => d.file === 'resolutions/2025/m-1.yaml')).toBe(true);
  });
});

describe('usage errors from the argument parser', () => {
  it('are in Chinese for a Chinese reader and in English with --lang en, exit 2, with a hint at --help', () => {
    const zh = runYishi(['validate', '--bogus', '-C', 'examples/lanping'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe('错误:未知的选项 --bogus。\n(加 --help 查看用法)\n');
    const typo = runYishi(['valdate'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(typo.stderr).toBe('错误:没有 valdate 这个命令。你是不是想写 validate?\n(加 --help 查看用法)\n');
    const choice = runYishi(['validate', '--format', 'xml', '--lang', 'en']);
    expect(choice.status).toBe(2);
    expect(choice.stderr).toBe(
      "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, github.\n(add --help for usage)\n",
    );
  });
});
