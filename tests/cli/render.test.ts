// `yishi render` run as a user would: the built binary on the example body and on small folders.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { REPO, copyExample, makeFolder } from '../helpers/folder.js';

const GOLDEN = join(REPO, 'tests/golden/render');
const golden = (name: string): string => readFileSync(join(GOLDEN, name), 'utf8');
const EX = ['-C', 'examples/lanping'];

describe('yishi render', () => {
  it('prints the minutes of the demo meeting, exactly the golden file', () => {
    const r = runYishi(['render', 'minutes', '2026-03-18-plenary', ...EX]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(golden('minutes-2026-03-18-plenary.zh.md'));
  });

  it('renders every document in both languages from the CLI as the core does', () => {
    const cases: Array<[string[], string]> = [
      [['agenda', '2026-03-18-plenary'], 'agenda-2026-03-18-plenary'],
      [['roster', '--as-of', '2026-11-28'], 'roster'],
      [['duties', '--as-of', '2026-11-28'], 'duties'],
      [['report', '--year', '2025', '--as-of', '2026-11-28'], 'report-2025'],
    ];
    for (const [args, name] of cases)
      for (const lang of ['zh', 'en']) {
        const r = runYishi(['render', ...args, ...EX, '--lang', lang]);
        expect(r.status, `${name} ${lang}: ${r.stderr}`).toBe(0);
        expect(r.stdout).toBe(golden(`${name}.${lang}.md`));
      }
  });

  it('gives byte-identical output for the same records, run after run', () => {
    for (const args of [
      ['minutes', '2024-06-20-written'],
      ['agenda', '2026-06-24-written'],
      ['report', '--year', '2026', '--as-of', '2026-11-28', '--lang', 'en'],
    ]) {
      const first = runYishi(['render', ...args, ...EX]);
      const second = runYishi(['render', ...args, ...EX]);
      expect(first.status).toBe(0);
      expect(first.stdout.length).toBeGreaterThan(500);
      expect(Buffer.from(second.stdout).equals(Buffer.from(first.stdout))).toBe(true);
    }
  });

  it('speaks the body’s language whatever the terminal’s locale; --lang overrides it', () => {
    const zh = runYishi(['render', 'minutes', '2024-03-15-plenary', ...EX], { env: { LANG: 'en_US.UTF-8' } });
    expect(zh.stdout).toBe(golden('minutes-2024-03-15-plenary.zh.md'));
    const dir = copyExample();
    const body = readFileSync(join(dir, 'yishi.yaml'), 'utf8').replace('locale: zh-CN', 'locale: en');
    writeFileSync(join(dir, 'yishi.yaml'), body);
    const en = runYishi(['render', 'minutes', '2024-03-15-plenary', '-C', dir]);
    expect(en.stdout).toBe(golden('minutes-2024-03-15-plenary.en.md'));
    expect(runYishi(['render', 'minutes', '2024-03-15-plenary', '-C', dir, '--lang', 'zh']).stdout).toBe(
      golden('minutes-2024-03-15-plenary.zh.md'),
    );
  });

  it('the report covers the year of --as-of unless --year says otherwise', () => {
    const r = runYishi(['render', 'report', ...EX, '--as-of', '2025-06-01']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# 兰坪县困难群众基本生活保障工作领导小组2025年度工作情况报告');
    expect(r.stdout).toContain('(统计截至2025年6月1日)');
  });
});

describe('yishi render -o', () => {
  it('writes the whole document to the file and nothing to stdout', () => {
    const out = makeFolder({});
    const file = join(out, '纪要.md');
    const r = runYishi(['render', 'minutes', '2026-03-18-plenary', ...EX, '-o', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(golden('minutes-2026-03-18-plenary.zh.md'));
    expect(readdirSync(out)).toEqual(['纪要.md']);
  });

  it('replaces an existing file whole', () => {
    const out = makeFolder({ 'report.md': 'old text\n' });
    const r = runYishi(['render', 'report', '--year', '2025', '--as-of', '2026-11-28', ...EX, '-o', join(out, 'report.md')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe(golden('report-2025.zh.md'));
    expect(readdirSync(out)).toEqual(['report.md']);
  });

  it('a failing write leaves nothing behind and exits 2 with the reason', () => {
    const out = makeFolder({ 'keep.txt': 'x' });
    mkdirSync(join(out, 'taken.md')); // a folder where the file should go: the rename over it fails
    const r = runYishi(['render', 'minutes', '2026-03-18-plenary', ...EX, '-o', join(out, 'taken.md'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^yishi: Cannot write .*taken\.md \(E[A-Z]+\); nothing was written\./);
    expect(readdirSync(out).sort()).toEqual(['keep.txt', 'taken.md']);
    expect(readdirSync(join(out, 'taken.md'))).toEqual([]);
  });
});

describe('yishi render: usage mistakes exit 2', () => {
  it('an unknown meeting id, with the closest one', () => {
    const r = runYishi(['render', 'minutes', '2026-03-18-plenery', ...EX, '--lang', 'zh']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('yishi: 找不到会议“2026-03-18-plenery”。你是不是想写“2026-03-18-plenary”?\n');
    const en = runYishi(['render', 'agenda', 'nothing-like-it', ...EX, '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      'yishi: No meeting "nothing-like-it". Meeting ids are the file names under meetings/<year>/, e.g. 2024-03-15-plenary.\n',
    );
  });

  it('a missing meeting id, an id where none belongs, a bad year, --year elsewhere, an unknown document', () => {
    const cases: Array<[string[], RegExp]> = [
      [['minutes'], /Give the meeting id/],
      [['roster', '2024-03-15-plenary'], /takes no meeting id/],
      [['report', '--year', '25'], /--year "25" is not a year/],
      [['minutes', '2024-03-15-plenary', '--year', '2024'], /--year is for yishi render report only/],
      [['roster', '--as-of', '2026-02-30'], /--as-of "2026-02-30" is not a real date/],
      [['bulletin'], /'bulletin' is invalid for argument 'document'/],
    ];
    for (const [args, message] of cases) {
      const r = runYishi(['render', ...args, ...EX, '--lang', 'en']);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('yishi render report: a year the body has no records for', () => {
  it('refuses a year before the body was established instead of finding the plenary requirement unmet', () => {
    const r = runYishi(['render', 'report', '--year', '2023', '--as-of', '2026-11-28', ...EX, '--lang', 'zh']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('yishi: 领导小组成立于2024年1月10日,2023年没有记录;--year 请写 2024 至 2026 年之间的年份。\n');
    const en = runYishi(['render', 'report', '--year', '2023', '--as-of', '2026-11-28', ...EX, '--lang', 'en']);
    expect(en.stderr).toBe('yishi: The body was established on 2024-01-10, so 2023 has no records; give --year between 2024 and 2026.\n');
  });

  it('with --as-of before the establishment, names no range of years', () => {
    const r = runYishi(['render', 'report', '--as-of', '2023-12-01', ...EX, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('yishi: The body was established on 2024-01-10, so 2023 has no records.\n');
  });

  it('refuses a year that has not begun by --as-of', () => {
    const r = runYishi(['render', 'report', '--year', '2027', '--as-of', '2026-11-28', ...EX, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'yishi: 2027 has not begun on 2026-11-28, so there is nothing to report yet; give --year between 2024 and 2026.\n',
    );
  });

  it('reports a year since establishment with no meetings, and finds the plenary requirement unmet', () => {
    const dir = makeFolder({ 'yishi.yaml': readFileSync(join(REPO, 'examples/lanping/yishi.yaml'), 'utf8') });
    const r = runYishi(['render', 'report', '--year', '2025', '--as-of', '2026-01-05', '-C', dir, '--lang', 'zh']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2025年共召开会议(含书面审议)0次');
    expect(r.stdout).toContain('全年未召开全体会议,未达到“全体会议原则上每年召开不少于1次”的要求[五(一)]。');
  });
});

describe('yishi render with records that have errors', () => {
  it('skips them with one line on stderr and renders the rest', () => {
    const dir = copyExample({ 'resolutions/2026/2026-03-18-plenary-5.yaml': 'meeting: 2026-03-18-plenary\nno: five\ntext: 法律援助\n' });
    const r = runYishi(['render', 'minutes', '2026-03-18-plenary', '-C', dir, '--lang', 'zh']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('yishi: 1 个记录文件有错误,已跳过;运行 yishi validate 查看详情。\n');
    expect(r.stdout).toContain('### (四)建设困难重度残疾人集中托养服务机构');
    expect(r.stdout).not.toContain('(五)');
  });

  it('refuses a meeting whose own record has errors', () => {
    const dir = copyExample({ 'meetings/2026/2026-03-18-plenary.yaml': 'kind: plenary\ntitle: 会议\n' });
    const r = runYishi(['render', 'minutes', '2026-03-18-plenary', '-C', dir, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'The record of meeting "2026-03-18-plenary" has errors, so no document can be made from it; run yishi validate for details.',
    );
  });
});
