// 督办 in the overdue list: a notice whose reply is late is an item of its unit (督办反馈); a late task that has
// been supervised says so, in the table and in JSON.
import { describe, expect, test } from 'vitest';
import { supervisionItems } from '../../src/model/supervision.js';
import { formatItemsJson } from '../../src/report/supervision-json.js';
import { noteLines } from '../../src/report/supervision-table.js';
import { namesOf } from '../../src/report/supervision-labels.js';
import { scenarioRecords, TODAY } from './scenario.js';

const T = '2024-03-01-thematic';
const notice = (date: string, number: string, replyBy: string, extra = ''): string =>
  `kind: notice\nnumber: ${number}\ndate: ${date}\nto: cz\nitems: [${T}-4]\nreply_by: ${replyBy}\nsigned_by: office\n${extra}`;

const records = scenarioRecords({
  'supervision/2025/2025-06-05-cz.yaml': notice(
    '2025-06-05',
    '测困保督〔2025〕1号',
    '2025-06-12',
    'replies:\n  - date: 2025-06-11\n    by: cz\n    text: 资金正在协调。\n',
  ),
  'supervision/2025/2025-06-20-cz.yaml': notice('2025-06-20', '测困保督〔2025〕2号', '2025-06-27'),
  'supervision/2025/2025-06-30-cz.yaml': notice('2025-06-30', '测困保督〔2025〕3号', '2025-07-07'),
});

describe('overdue with supervision records, as of 2025-07-01', () => {
  const items = supervisionItems(records, TODAY);

  test('a notice whose reply is late is an item of its unit; one replied to, or not yet due, is not', () => {
    const replies = items.filter((i) => i.type === 'supervision');
    expect(replies.map((i) => `${i.id} ${i.owner} ${i.due} ${i.days_overdue} ${i.status} ${i.title}`)).toEqual([
      '2025-06-20-cz cz 2025-06-27 4 no_response 测困保督〔2025〕2号',
    ]);
    const soon = supervisionItems(records, TODAY, { withinDays: 7 }).filter((i) => i.type === 'supervision');
    expect(soon.map((i) => `${i.id} ${i.level}`)).toEqual(['2025-06-20-cz overdue', '2025-06-30-cz due-soon']);
  });

  test('the supervised task counts its notices and names the latest, in the table and in JSON', () => {
    const task = items.find((i) => i.id === `${T}-4`)!;
    expect(task.supervised).toBe(3);
    expect(noteLines(task, { lang: 'zh', names: namesOf(records, 'zh') })).toContain('已督办 3 次,最近 测困保督〔2025〕3号 2025-06-30');
    expect(noteLines(task, { lang: 'en', names: namesOf(records, 'en') })).toContain(
      'supervised 3 times, latest 测困保督〔2025〕3号 2025-06-30',
    );
    const json = JSON.parse(formatItemsJson([task], TODAY)) as { items: Array<Record<string, unknown>> };
    expect(json.items[0]!.supervised).toBe(3);
    expect(json.items[0]!.supervisions).toEqual([
      { id: '2025-06-05-cz', number: '测困保督〔2025〕1号', date: '2025-06-05' },
      { id: '2025-06-20-cz', number: '测困保督〔2025〕2号', date: '2025-06-20' },
      { id: '2025-06-30-cz', number: '测困保督〔2025〕3号', date: '2025-06-30' },
    ]);
  });
});
