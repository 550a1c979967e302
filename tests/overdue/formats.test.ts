// The four output formats of supervision items: table widths with Chinese text, CSV quoting and BOM,
// Markdown escaping, JSON shape.
import { Chalk } from 'chalk';
import { lint } from 'markdownlint/sync';
import stringWidth from 'string-width';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { supervisionSettings } from '../../src/model/supervision-settings.js';
import { groupItems, supervisionItems } from '../../src/model/supervision.js';
import type { SupervisionItem } from '../../src/model/supervision-item.js';
import { truncateToWidth } from '../../src/report/align-columns.js';
import { BOM, csvField, formatItemsCsv } from '../../src/report/supervision-csv.js';
import { formatItemsJson } from '../../src/report/supervision-json.js';
import { namesOf, overdueSummary } from '../../src/report/supervision-labels.js';
import { formatItemsMarkdown, markdownCell } from '../../src/report/supervision-markdown.js';
import { formatItemsTable, overdueColumns, taskColumns } from '../../src/report/supervision-table.js';
import { listTasks } from '../../src/model/task-list.js';
import { scenarioRecords, TODAY } from './scenario.js';

const records = scenarioRecords();
const items = groupItems(supervisionItems(records, TODAY, { ...supervisionSettings(records), withinDays: 5 }), 'owner').flatMap(
  (g) => g.items,
);
const zh = namesOf(records, 'zh');
const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

/** The lines of the table proper: header, rule and item rows (not the notes under rows, not the summary). */
function tableRows(output: string): string[] {
  const lines = output.split('\n');
  return lines
    .slice(0, lines.indexOf(''))
    .filter((l) => !/^\s+(原牵头单位|困难|original lead|difficulty)[::]/.test(stripVTControlCharacters(l)));
}

function table(list: readonly SupervisionItem[], chalk = plain, unit?: string): string {
  return formatItemsTable(list, {
    lang: 'zh',
    chalk,
    names: zh,
    columns: overdueColumns('owner', unit),
    groupBy: 'owner',
    unit,
    summary: overdueSummary(list, TODAY, 5, 'zh'),
    tone: 'red',
  });
}

describe('table', () => {
  test('every row has the same display width, Chinese unit names included', () => {
    const rows = tableRows(table(items));
    expect(rows.length).toBe(items.length + 2);
    expect(rows.some((r) => r.includes('县卫生健康局'))).toBe(true);
    const widths = rows.map((r) => stringWidth(r));
    expect(new Set(widths).size).toBe(1);
    // String length is not display width: the check above is not trivially true.
    expect(new Set(rows.map((r) => r.length)).size).toBeGreaterThan(1);
  });

  test('the same with colour codes, a role column and the tasks columns', () => {
    for (const out of [table(items, colour), table(items, plain, 'mz')]) {
      expect(tableRows(out).map((r) => stringWidth(r))).toEqual(tableRows(out).map(() => stringWidth(tableRows(out)[0]!)));
    }
    const tasks = formatItemsTable(listTasks(records, TODAY), {
      lang: 'en',
      chalk: plain,
      names: namesOf(records, 'en'),
      columns: taskColumns(),
      summary: 's',
      tone: 'green',
    });
    expect(new Set(tableRows(tasks).map((r) => stringWidth(r))).size).toBe(1);
  });

  test('rows of one owner show the owner once; notes under their row', () => {
    const out = table(items);
    expect(out).toContain('原牵头单位:县扶贫开发办公室');
    expect(out).toContain('困难:资金缺口较大,请领导小组协调。');
    const officeRows = out.split('\n').filter((l) => l.startsWith('领导小组办公室'));
    expect(officeRows).toHaveLength(1);
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '截至 2025-07-01,逾期 8 项(议定事项 5、书面意见 1、会议纪要 1、全体会议 1);5 日内到期 2 项(议定事项 1、会议纪要 1)。',
    );
  });

  test('red for overdue, yellow for due soon', () => {
    const out = table(items, colour);
    expect(out).toContain(colour.red('逾期 182 天'));
    expect(out).toContain(colour.yellow('   今天到期'));
    expect(out).toContain(colour.yellow(' 4 天后到期'));
    expect(out).toContain(colour.red(' 逾期 92 天'));
  });

  test('nothing to show: only the summary', () => {
    expect(table([])).toBe('截至 2025-07-01,没有逾期事项;5 日内没有到期事项。\n');
  });

  test('long titles are cut at 40 columns', () => {
    expect(truncateToWidth('制定并实施2026—2027年度冬春临时生活困难救助工作方案', 40)).toBe('制定并实施2026—2027年度冬春临时生活困难…');
    expect(stringWidth(truncateToWidth('一二三四五六七八九十一二三四五六七八九十一', 40))).toBe(39);
    expect(truncateToWidth('短标题', 40)).toBe('短标题');
  });
});

describe('csv', () => {
  test('RFC 4180 fields', () => {
    expect(csvField('县民政局')).toBe('县民政局');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    // a title a spreadsheet would run as a formula stays text; a negative number of days stays a number
    expect(csvField('=HYPERLINK("http://x","点击")')).toBe('"\'=HYPERLINK(""http://x"",""点击"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-3')).toBe('-3');
    expect(csvField(' 空格')).toBe('" 空格"');
  });

  test('a BOM, CRLF, a header and one row per item, with unit names', () => {
    const out = formatItemsCsv(items, { lang: 'zh', names: zh });
    expect(out.startsWith(BOM)).toBe(true);
    const rows = out.slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows.length - 1).toBe(items.length + 1);
    expect(rows[0]).toBe('类型,等级,编号,事项,承办单位,牵头单位,责任单位,配合单位,会议,时限,逾期天数,状态,备注');
    expect(rows).toContain(
      '议定事项,逾期,2024-03-01-thematic-8,两次撤并,县农业农村局,县扶贫开发办公室,县民政局,县公安局,2024年专题会议,2025-04-30,62,未报进展,',
    );
    expect(rows).toContain(
      '会议纪要,临期,2025-06-20-thematic,2025年第二次专题会议,领导小组办公室,,,,2025年第二次专题会议,2025-07-05,-4,纪要草稿,',
    );
  });

  test('with --unit, a role column', () => {
    const mine = items.filter((i) => i.responsible.includes('mz'));
    const rows = formatItemsCsv(mine, { lang: 'en', names: namesOf(records, 'en'), unit: 'mz' })
      .slice(1)
      .split('\r\n');
    expect(rows[0]).toBe('type,level,id,item,owner,role,lead,responsible,cooperating,meeting,due,days overdue,status,note');
    expect(rows[1]).toMatch(/^task,overdue,2024-03-01-thematic-8,两次撤并,县农业农村局,responsible,/);
  });
});

describe('markdown', () => {
  test('cells escape | and fold line breaks', () => {
    expect(markdownCell('甲|乙\n丙')).toBe('甲\\|乙 丙');
    expect(markdownCell('')).toBe('-');
  });

  test('cells keep record text that looks like Markdown or HTML as written', () => {
    // Unescaped, <紧急> is dropped as an HTML tag and *重点* turns italic when the notice is viewed.
    expect(markdownCell('对个案 *重点* 户实施救助 <紧急>')).toBe('对个案 \\*重点\\* 户实施救助 \\<紧急\\>');
  });

  test('a table a clerk pastes into a notice, valid Markdown', () => {
    const withPipe = items.map((i) => (i.status === 'blocked' ? { ...i, note: '资金|缺口\n较大' } : i));
    const out = formatItemsMarkdown(withPipe, { lang: 'zh', names: zh, summary: overdueSummary(items, TODAY, 5, 'zh') });
    const lines = out.trimEnd().split('\n');
    expect(lines[2]).toBe('| 序号 | 承办单位 | 类型 | 事项 | 来源会议 | 落实时限 | 逾期情况 | 状态 | 备注 |');
    expect(lines.length).toBe(4 + items.length);
    expect(out).toContain(
      '| 6 | 县财政局 | 议定事项 | 落实有困难 | 2024年专题会议 | 2025-05-31 | 逾期 31 天 | 落实受阻 | 困难:资金\\|缺口 较大 |',
    );
    expect(out).toContain('| 9 | 县公安局 | 书面意见 | 反馈书面审议意见 | 2025年第一次书面审议 | 2025-06-09 | 逾期 22 天 | 未反馈 | - |');
    for (const l of lines.slice(2)) expect(l.split(/(?<!\\)\|/).length).toBe(11); // 9 cells, no stray pipe
    // A fragment pasted into a notice: no heading of its own (MD041), long lines (MD013).
    const result = lint({ strings: { out }, config: { default: true, MD013: false, MD041: false } });
    expect(result.out).toEqual([]);
  });
});

describe('json', () => {
  test('as_of and the items, ids not names', () => {
    const two = items.filter((i) => i.id === '2024-03-01-thematic-7' || i.type === 'plenary');
    const parsed = JSON.parse(formatItemsJson(two, TODAY)) as { as_of: string; items: SupervisionItem[] };
    expect(parsed.as_of).toBe('2025-07-01');
    expect(parsed.items[0]!.type).toBe('plenary');
    expect(parsed.items[1]).toEqual({
      type: 'task',
      level: 'overdue',
      id: '2024-03-01-thematic-7',
      title: '牵头单位已撤并',
      owner: 'wjj',
      lead: 'wjw',
      responsible: [],
      cooperating: [],
      meeting: '2024-03-01-thematic',
      due: '2025-03-31',
      days_overdue: 92,
      status: 'open',
      note: null,
      supervised: 0,
      supervisions: [],
    });
  });
});
