// yishi tasks and yishi tasks show, run as a user runs them on the example body and the scenario body.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { EXAMPLE, makeFolder, REPO } from '../helpers/folder.js';
import { ORPHANED_LEAD, scenarioFiles } from '../overdue/scenario.js';

const GOLDEN = join(REPO, 'tests/golden/overdue');
const AS_OF = '2026-11-28';

function golden(name: string, actual: string): void {
  expectGolden(GOLDEN, name, actual);
}

interface Item {
  id: string;
  status: string;
  level: string | null;
  owner: string;
  lead: string;
  days_overdue: number | null;
}

function json(args: string[], dir = EXAMPLE): Item[] {
  const r = runYishi(['tasks', '-C', dir, '--as-of', AS_OF, '-f', 'json', ...args]);
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout) as { as_of: string; items: Item[] };
  expect(out.as_of).toBe(AS_OF);
  return out.items;
}

describe('yishi tasks on the example body', () => {
  test('the table and its summary match the golden', () => {
    const r = runYishi(['tasks', '-C', EXAMPLE, '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    golden('tasks.table.txt', r.stdout);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '截至 2026-11-28,共 19 项任务:已办结 10、落实中 5、未报进展 2、落实受阻 1、已被替代 1;其中逾期 4 项。',
    );
  });

  test('--status is repeatable and takes overdue', () => {
    expect(json(['--status', 'overdue']).map((i) => i.id)).toEqual([
      '2024-03-15-plenary-4',
      '2025-03-20-plenary-3',
      '2025-11-14-thematic-2',
      '2026-03-18-plenary-3',
    ]);
    expect(json(['--status', 'blocked', '--status', 'superseded']).map((i) => `${i.id} ${i.status}`)).toEqual([
      '2025-03-20-plenary-5 superseded',
      '2026-03-18-plenary-4 blocked',
    ]);
    expect(json(['--status', 'open,blocked']).map((i) => i.id)).toEqual([
      '2025-11-14-thematic-2',
      '2026-03-18-plenary-4',
      '2026-11-20-thematic-1',
    ]);
  });

  test('--unit keeps a merged lead and its successor; --meeting; due before/after', () => {
    expect(json(['--unit', 'xczxj']).map((i) => i.id)).toEqual(['2024-03-15-plenary-2', '2024-03-15-plenary-4']);
    const nyncj = json(['--unit', 'nyncj', '--status', 'overdue']);
    // Owner of the task its predecessor led; cooperating unit of the housing task.
    expect(nyncj.map((i) => `${i.id} ${i.owner} ${i.lead}`)).toEqual(['2024-03-15-plenary-4 nyncj xczxj', '2025-03-20-plenary-3 zjj zjj']);
    expect(json(['--meeting', '2025-11-14-thematic']).map((i) => `${i.id} ${i.status}`)).toEqual([
      '2025-11-14-thematic-1 done',
      '2025-11-14-thematic-2 open',
    ]);
    expect(json(['--due-after', '2026-06-30', '--due-before', '2026-12-31']).map((i) => i.id)).toEqual(['2026-03-18-plenary-3']);
  });

  test('--unit shows the role in the table', () => {
    const out = runYishi(['tasks', '-C', EXAMPLE, '--as-of', AS_OF, '--unit', 'nyncj', '--status', 'overdue', '--lang', 'en']).stdout;
    expect(out).toMatch(/^2024-03-15-plenary-4\s+防止返贫监测.*县农业农村局\s+successor\s+2025-12-31\s+in progress\s+332 days overdue$/m);
  });

  test('csv and markdown', () => {
    const csv = runYishi(['tasks', '-C', EXAMPLE, '--as-of', AS_OF, '-f', 'csv', '--status', 'superseded']).stdout;
    expect(csv).toBe(
      '\uFEFF类型,等级,编号,事项,承办单位,牵头单位,责任单位,配合单位,会议,时限,逾期天数,状态,备注\r\n' +
        '议定事项,,2025-03-20-plenary-5,制定2025—2026年度冬春临时生活困难救助工作方案,县应急管理局,县应急管理局,,县民政局、县财政局,2025年第一次全体会议,2025-11-30,,已被替代,已完成冬春救助需求摸底。\r\n',
    );
    const md = runYishi(['tasks', '-C', EXAMPLE, '--as-of', AS_OF, '-f', 'markdown', '--status', 'blocked']).stdout;
    expect(md).toContain(
      '| 1 | 县残疾人联合会 | 议定事项 | 建设困难重度残疾人集中托养服务机构 | 2026年第一次全体会议 | 2026-12-31 | 33 天后到期 | 落实受阻 | 困难:项目选址地块',
    );
  });

  test('usage errors exit 2 with a did-you-mean', () => {
    const meeting = runYishi(['tasks', '-C', EXAMPLE, '--meeting', '2025-11-14-thematc']);
    expect(meeting.status).toBe(2);
    expect(meeting.stderr).toBe('yishi: --meeting:找不到会议“2025-11-14-thematc”。你是不是想写“2025-11-14-thematic”?\n');
    const status = runYishi(['tasks', '-C', EXAMPLE, '--status', 'in-progres', '--lang', 'en']);
    expect(status.status).toBe(2);
    expect(status.stderr).toContain('Did you mean "in_progress"?');
    expect(runYishi(['tasks', '-C', EXAMPLE, '--due-before', '2026/12/31']).status).toBe(2);
    expect(runYishi(['tasks', '-C', EXAMPLE, '--unit', 'nobody']).status).toBe(2);
    expect(runYishi(['tasks', '-C', EXAMPLE, 'list']).status).toBe(2);
  });
});

describe('yishi tasks show', () => {
  test('one task whole: extensions, progress', () => {
    const r = runYishi(['tasks', 'show', '2025-03-20-plenary-4', '-C', EXAMPLE, '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    golden('tasks-show.txt', r.stdout);
  });

  test('the owner after succession, in English, with options before show', () => {
    const r = runYishi(['tasks', '-C', EXAMPLE, '--lang', 'en', 'show', '2024-03-15-plenary-4', '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    golden('tasks-show.en.txt', r.stdout);
    expect(r.stdout).toContain('owner        县农业农村局 (nyncj); succession: 县乡村振兴局 → 县农业农村局');
  });

  test('a two-step chain and a blocked task, as JSON', () => {
    const dir = makeFolder(scenarioFiles());
    const r = runYishi(['tasks', 'show', '2024-03-01-thematic-8', '-C', dir, '--as-of', '2025-07-01', '-f', 'json']);
    const out = JSON.parse(r.stdout) as Item & { succession: string[]; text: string };
    expect(out.succession).toEqual(['fpb', 'xczxj', 'nyncj']);
    expect([out.owner, out.lead, out.days_overdue, out.level]).toEqual(['nyncj', 'fpb', 62, 'overdue']);
    const text = runYishi(['tasks', 'show', '2024-03-01-thematic-4', '-C', dir, '--as-of', '2025-07-01']).stdout;
    expect(text).toContain('状态      落实受阻,逾期 31 天');
    expect(text).toMatch(/2025-05-20 {2}县财政局 {2}落实受阻 {2}资金缺口较大,请领导小组协调。/);
  });

  test('a lead whose seat ended with no successor: the owner line says so', () => {
    const dir = makeFolder(scenarioFiles(ORPHANED_LEAD));
    const zh = runYishi(['tasks', 'show', '2025-03-20-plenary-3', '-C', dir, '--as-of', '2025-07-01']).stdout;
    expect(zh).toContain('牵头单位  县老干部局(lgb)\n承办单位  县老干部局(lgb);已于 2025-04-01 撤销,没有接替单位\n');
    const en = runYishi(['tasks', 'show', '2025-03-20-plenary-3', '-C', dir, '--as-of', '2025-07-01', '--lang', 'en']).stdout;
    expect(en).toContain('owner        县老干部局 (lgb); left the body on 2025-04-01 with no successor\n');
    const before = runYishi(['tasks', 'show', '2025-03-20-plenary-3', '-C', dir, '--as-of', '2025-03-31']).stdout;
    expect(before).not.toContain('承办单位');
  });

  test('a decision without a lead says so', () => {
    const r = runYishi(['tasks', 'show', '2024-03-15-plenary-1', '-C', EXAMPLE]);
    expect(r.stdout).toContain('类型  决定事项(无牵头单位,无需跟踪落实)');
  });

  test('an unknown id exits 2 with a did-you-mean', () => {
    const r = runYishi(['tasks', 'show', '2024-03-15-plenry-4', '-C', EXAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('yishi: 找不到议定事项“2024-03-15-plenry-4”。你是不是想写“2024-03-15-plenary-4”?\n');
    expect(runYishi(['tasks', 'show', '-C', EXAMPLE]).status).toBe(2);
  });
});
