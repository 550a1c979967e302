// `yishi rules` run as a user would: every rule with its severity for the body, clause and description.
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runYishi } from '../helpers/cli.js';
import { makeFolder, smallBody } from '../helpers/folder.js';
import { tempDir } from '../helpers/temp-dir.js';

const MINE = ['progress-log', 'extensions', 'written-review', 'duty-coverage', 'succession', 'materials', 'approval'];
const outside = (): string => tempDir('nofolder');

interface Row {
  id: string;
  clause: string;
  severity: string;
  default: string;
  description: string;
  options: Array<{ name: string; value: unknown; default: unknown }>;
}

describe('yishi rules', () => {
  it('lists every rule as JSON outside a record folder, with the default severities', () => {
    const r = runYishi(['rules', '--lang', 'en', '--format', 'json'], { cwd: outside() });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = (JSON.parse(r.stdout) as { rules: Row[] }).rules;
    expect(rows.map((x) => x.id)).toEqual(RULES.map((x) => x.meta.id));
    for (const id of MINE) expect(rows.map((x) => x.id)).toContain(id);
    for (const row of rows) {
      const rule = RULES.find((x) => x.meta.id === row.id)!;
      expect(row).toMatchObject({
        clause: rule.meta.clause,
        severity: rule.meta.severity,
        default: rule.meta.severity,
        description: rule.meta.docs.en,
      });
    }
    expect(rows.find((x) => x.id === 'materials')).toMatchObject({ clause: '六(二)', severity: 'error' });
    expect(rows.find((x) => x.id === 'extensions')!.clause).toBe('');
  });

  it('shows the severities the body sets in yishi.yaml', () => {
    const dir = makeFolder(
      smallBody({ 'yishi.yaml': String(smallBody()['yishi.yaml']) + 'rules:\n  written-review: warn\n  approval: off\n' }),
    );
    const r = runYishi(['rules', '--format', 'json', '--lang', 'en'], { cwd: join(dir) });
    expect(r.status).toBe(0);
    const rows = (JSON.parse(r.stdout) as { rules: Row[] }).rules;
    expect(rows.find((x) => x.id === 'written-review')).toMatchObject({ severity: 'warn', default: 'error' });
    expect(rows.find((x) => x.id === 'approval')).toMatchObject({ severity: 'off', default: 'error' });
    expect(rows.find((x) => x.id === 'materials')).toMatchObject({ severity: 'error', default: 'error' });

    const text = runYishi(['rules', '-C', dir, '--lang', 'zh'], { cwd: outside() });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^written-review +警告 \* +五\(一\) +书面审议的意见只来自被征求意见的成员/m);
    expect(text.stdout).toMatch(/^approval +关闭 \* +六\(一\) /m);
    expect(text.stdout).toContain('以上为“测试县困难群众基本生活保障工作领导小组”的设置;* 表示 yishi.yaml 改变了默认设置。');
  });

  it('prints the README table in Markdown, in either language', () => {
    const en = runYishi(['rules', '--format', 'markdown', '--lang', 'en'], { cwd: outside() });
    expect(en.status).toBe(0);
    const lines = en.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['| Rule | Clause | What it checks | Default severity |', '| --- | --- | --- | --- |']);
    expect(lines).toHaveLength(RULES.length + 2);
    expect(en.stdout).toContain(
      '| `materials` | 六(二) | Each archived material file exists inside the record folder (no `..`, no ' +
        'absolute path, no link out of it) and matches its `sha256` when one is given. | `error` |',
    );
    expect(en.stdout).toMatch(/^\| `extensions` \| — \| /m);

    const zh = runYishi(['rules', '--format', 'markdown', '--lang', 'zh'], { cwd: outside() });
    expect(zh.status).toBe(0);
    expect(zh.stdout.split('\n')[0]).toBe('| 规则 | 通知条款 | 检查内容 | 默认级别 |');
    expect(zh.stdout).toMatch(/^\| `duty-coverage` \| 二 \| 每个在任成员今天都有现行有效的职责.* \| 错误\(`error`\) \|$/m);
  });

  it('aligns the text columns by display width (Chinese counts two)', () => {
    const r = runYishi(['rules', '--lang', 'zh'], { cwd: outside() });
    expect(r.status).toBe(0);
    const starts = RULES.map((rule) => {
      const line = r.stdout.split('\n').find((l) => l.startsWith(rule.meta.id + ' '))!;
      return stringWidth(line.slice(0, line.indexOf(rule.meta.docs.zh)));
    });
    expect(new Set(starts).size).toBe(1);
    expect(r.stdout).toContain('不在记录文件夹中:以上为默认级别。');
  });

  it('speaks the language of the environment, else of the body', () => {
    const env = runYishi(['rules'], { cwd: outside(), env: { LANG: 'en_US.UTF-8' } });
    expect(env.stdout.split('\n')[0]).toMatch(/^rule +severity +clause +description$/);
    const dir = makeFolder(smallBody({ 'yishi.yaml': String(smallBody()['yishi.yaml']).replace('locale: zh-CN', 'locale: en') }));
    const body = runYishi(['rules'], { cwd: dir });
    expect(body.stdout).toContain('Severities as set for');
  });

  it('exits 2 when -C names no record folder', () => {
    const r = runYishi(['rules', '-C', outside(), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('No record folder');
    expect(runYishi(['rules', '--format', 'yaml']).status).toBe(2);
  });
});
