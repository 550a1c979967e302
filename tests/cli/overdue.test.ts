// yishi overdue, run as a user runs it: today in the body's timezone, goldens of the example in four formats,
// exit codes, --unit, --within, --by, skipped files.
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { EXAMPLE, makeFolder, REPO } from '../helpers/folder.js';
import { ORPHANED_LEAD, scenarioFiles } from '../overdue/scenario.js';

const GOLDEN = join(REPO, 'tests/golden/overdue');
const AS_OF = '2026-11-28';

/** Compare with tests/golden/overdue/<name>; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string): void {
  expectGolden(GOLDEN, name, actual);
}

const scenario = makeFolder(scenarioFiles());

describe('today is the date in the body timezone', () => {
  test('at 17:00 UTC on 2025-06-30 a machine in UTC gets Shanghai 2025-07-01', () => {
    const r = runYishi(['overdue', '-C', scenario, '--format', 'json'], {
      env: { TZ: 'UTC', YISHI_NOW: '2025-06-30T17:00:00Z' },
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { as_of: string; items: Array<{ id: string; days_overdue: number }> };
    expect(out.as_of).toBe('2025-07-01');
    // Due 2025-06-30: one day overdue in Shanghai, although it is still 2025-06-30 in UTC.
    expect(out.items.find((i) => i.id === '2024-03-01-thematic-6')?.days_overdue).toBe(1);
  });

  test('a second before midnight in Shanghai it is still 2025-06-30', () => {
    const r = runYishi(['overdue', '-C', scenario, '--format', 'json'], {
      env: { TZ: 'UTC', YISHI_NOW: '2025-06-30T15:59:59Z' },
    });
    const out = JSON.parse(r.stdout) as { as_of: string; items: Array<{ id: string }> };
    expect(out.as_of).toBe('2025-06-30');
    expect(out.items.map((i) => i.id)).not.toContain('2024-03-01-thematic-6');
  });
});

describe('the example body on 2026-11-28', () => {
  test.each([
    ['table', 'overdue.table.txt'],
    ['json', 'overdue.json'],
    ['csv', 'overdue.csv'],
    ['markdown', 'overdue.md'],
  ])('--format %s matches its golden', (format, file) => {
    const r = runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF, '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    golden(file, r.stdout);
  });

  test('--within 40 in English, and --unit mz with roles', () => {
    golden('overdue-within-40.en.txt', runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF, '--within', '40', '--lang', 'en']).stdout);
    golden('overdue-unit-mz.txt', runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF, '--within', '40', '--unit', 'mz']).stdout);
  });

  test('what the clerk reads: what is late and whose it is', () => {
    const out = runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF]).stdout;
    const rows = out.split('\n');
    // The task of the merged 县乡村振兴局 is owned by its successor, and says who led it.
    const i = rows.findIndex((l) => l.includes('2024-03-15-plenary-4'));
    expect(rows[i]).toMatch(/^县农业农村局\s+议定事项\s+2024-03-15-plenary-4\s+防止返贫监测.*\s2025-12-31\s+落实中\s+逾期 332 天$/);
    expect(rows[i + 1]!.trim()).toBe('原牵头单位:县乡村振兴局');
    // 团县委 never gave its opinion on the 2024 written review.
    expect(out).toMatch(/团县委\s+书面意见\s+2024-06-20-written/);
    // Superseded, done and extended-not-yet-due tasks are not there.
    for (const id of ['2025-03-20-plenary-5', '2024-03-15-plenary-2', '2025-03-20-plenary-4']) expect(out).not.toContain(id);
  });

  test('table rows with Chinese unit names have equal display widths', () => {
    const out = runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF, '--within', '40', '--by', 'meeting']).stdout;
    const lines = out.split('\n');
    const rows = lines.slice(0, lines.indexOf('')).filter((l) => !/^\s+(原牵头单位:|困难:|已督办 )/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some((r) => r.includes('县人力资源和社会保障局'))).toBe(true);
    const width = stringWidth(rows[0]!);
    for (const row of rows) expect(stringWidth(row)).toBe(width);
  });

  test('CSV begins with a UTF-8 BOM', () => {
    const r = runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF, '--format', 'csv']);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(r.stdout.split('\r\n')).toHaveLength(8); // header, 6 items (one a late supervision reply), end
  });
});

describe('exit codes', () => {
  test('0 by default, 1 with --fail when anything is overdue', () => {
    expect(runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF]).status).toBe(0);
    expect(runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF, '--fail']).status).toBe(1);
  });

  test('--fail looks at overdue items only, after --unit', () => {
    // 县残疾人联合会 has a blocked task and a cooperating one, both due in 33 days: yellow, not red.
    const cl = runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF, '--within', '40', '--unit', 'cl', '--fail', '-f', 'json']);
    const items = (JSON.parse(cl.stdout) as { items: Array<{ id: string; level: string }> }).items;
    expect(items.map((i) => `${i.id} ${i.level}`)).toEqual(['2026-03-18-plenary-2 due-soon', '2026-03-18-plenary-4 due-soon']);
    expect(cl.status).toBe(0);
    const zz = runYishi(['overdue', '-C', scenario, '--as-of', '2025-06-30', '--within', '2', '--unit', 'zz', '--fail']);
    expect(zz.stdout).toBe('截至 2025-06-30,涉及县人民政府(zz)的事项:没有逾期;2 日内没有到期事项。\n');
    expect(zz.status).toBe(0);
    const gaj = runYishi(['overdue', '-C', scenario, '--as-of', '2025-06-29', '--within', '2', '--unit', 'gaj', '--fail', '-f', 'json']);
    const gajItems = (JSON.parse(gaj.stdout) as { items: Array<{ id: string; level: string }> }).items;
    expect(gajItems.map((i) => `${i.id} ${i.level}`)).toEqual([
      '2024-03-01-thematic-8 overdue',
      '2025-06-10-written overdue',
      '2024-03-01-thematic-6 due-soon',
    ]);
    expect(gaj.status).toBe(1);
  });

  test('2 for a malformed date, an unknown unit, a bad --within', () => {
    const date = runYishi(['overdue', '-C', EXAMPLE, '--as-of', '2026-02-30']);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('--as-of 的值“2026-02-30”不是有效日期');
    const unit = runYishi(['overdue', '-C', EXAMPLE, '--as-of', AS_OF, '--unit', 'nyncjj', '--lang', 'en']);
    expect(unit.status).toBe(2);
    expect(unit.stderr).toBe('yishi: --unit: no member "nyncjj". Did you mean "nyncj"?\n');
    expect(unit.stdout).toBe('');
    const within = runYishi(['overdue', '-C', EXAMPLE, '--within', 'a week']);
    expect(within.status).toBe(2);
    expect(within.stderr).toContain('--within 的值“a week”不是天数');
    expect(runYishi(['overdue', '-C', EXAMPLE, '--by', 'unit']).status).toBe(2);
  });
});

describe('options', () => {
  test('--by due groups by date; the office owns minutes', () => {
    const out = runYishi(['overdue', '-C', scenario, '--as-of', '2025-07-01', '--by', 'due', '--lang', 'en']).stdout;
    const first = out.split('\n').slice(2, 5);
    expect(first[0]).toMatch(/^2024-12-31\s+the office\s+plenary meeting\s+2024\s+Plenary meeting of 2024\s+not held\s+182 days overdue$/);
    expect(first[1]).toMatch(/^2025-03-31\s+县卫生健康局\s+task/);
  });

  test('--unit office lists the minutes and plenary items', () => {
    const r = runYishi(['overdue', '-C', scenario, '--as-of', '2025-07-01', '--unit', 'office', '-f', 'json']);
    expect((JSON.parse(r.stdout) as { items: Array<{ type: string }> }).items.map((i) => i.type)).toEqual(['plenary', 'minutes']);
  });

  test('records with schema errors are skipped, with one line on stderr', () => {
    const dir = makeFolder(
      scenarioFiles({
        'resolutions/2024/2024-03-01-thematic-6.yaml': 'meeting: 2024-03-01-thematic\nno: 6\ntext: 昨天到期\nlead: gaj\ndue: 2025-06-31\n',
        'members/bad.yaml': 'role: member\nunit: 县某局\n',
      }),
    );
    const r = runYishi(['overdue', '-C', dir, '--as-of', '2025-07-01', '-f', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('yishi: 2 个记录文件有错误,已跳过;运行 yishi validate 查看详情。\n');
    expect((JSON.parse(r.stdout) as { items: Array<{ id: string }> }).items.map((i) => i.id)).not.toContain('2024-03-01-thematic-6');
    const en = runYishi(['overdue', '-C', dir, '--as-of', '2025-07-01', '--lang', 'en']);
    expect(en.stderr).toBe('yishi: 2 record files have errors and were skipped; run yishi validate for details.\n');
  });
});

describe('a lead whose seat ended with no successor', () => {
  // 县老干部局 leaves on 2025-04-01 naming nobody to take over its open task: the task stays its own, and the
  // clerk must be told that the unit no longer exists rather than send it a 督办通知.
  const dir = makeFolder(scenarioFiles(ORPHANED_LEAD));

  test('the table and the markdown say the unit left with no successor', () => {
    const zh = runYishi(['overdue', '-C', dir, '--as-of', '2025-07-01', '--unit', 'lgb', '--lang', 'zh']).stdout.split('\n');
    expect(zh[2]).toMatch(/^县老干部局\s+牵头\s+议定事项\s+2025-03-20-plenary-3\s+无人承接\s+2025-05-01\s+未报进展\s+逾期 61 天$/);
    expect(zh[3]!.trim()).toBe('县老干部局已于 2025-04-01 撤销,没有接替单位');
    const en = runYishi(['overdue', '-C', dir, '--as-of', '2025-07-01', '--unit', 'lgb', '--lang', 'en']).stdout.split('\n');
    expect(en[3]!.trim()).toBe('县老干部局 left the body on 2025-04-01 with no successor');
    const md = runYishi(['overdue', '-C', dir, '--as-of', '2025-07-01', '--unit', 'lgb', '-f', 'markdown', '--lang', 'zh']).stdout;
    expect(md).toContain('| 逾期 61 天 | 未报进展 | 县老干部局已于 2025-04-01 撤销,没有接替单位 |');
  });

  test('before the seat ended nothing is said', () => {
    const out = runYishi(['overdue', '-C', dir, '--as-of', '2025-03-31', '--within', '40', '--unit', 'lgb', '--lang', 'zh']).stdout;
    expect(out).toContain('无人承接');
    expect(out).not.toContain('撤销');
  });
});

describe('a title written as a YAML block', () => {
  // `title: |` keeps the line break (and a trailing one): the table must still keep one row per item.
  const dir = makeFolder(
    scenarioFiles({
      'resolutions/2025/2025-03-20-plenary-3.yaml':
        'meeting: 2025-03-20-plenary\nno: 3\ntitle: |\n  分两行写的\n  事项标题\ntext: |\n  分两行。\nlead: mz\ndue: 2025-05-01\n',
    }),
  );

  test.each([['overdue'], ['tasks']])('%s: the row stays on one line and aligned', (command) => {
    const out = runYishi([command, '-C', dir, '--as-of', '2025-07-01', '--unit', 'mz', '--lang', 'zh']).stdout;
    const lines = out.split('\n');
    const rows = lines.slice(0, lines.indexOf('')).filter((l) => !/^\s+(原牵头单位|困难):/.test(l));
    expect(rows.filter((r) => r.includes('2025-03-20-plenary-3'))[0]).toMatch(/ 分两行写的 事项标题 .*2025-05-01/);
    const width = stringWidth(rows[0]!);
    for (const row of rows) expect(stringWidth(row), row).toBe(width);
  });
});
