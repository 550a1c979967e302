import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { EXAMPLE } from '../helpers/folder.js';
import { editYaml } from '../../src/write/edit-yaml.js';

const RESOLUTION = `# 议定事项:只追加,不修改
meeting: 2024-03-15-plenary
no: 2
text: |
  会议议定,由县民政局牵头……
lead: mz
responsible: [cz]                        # 责任单位
due: 2024-06-30
progress:                                # 落实情况:只追加,不修改
  - date: 2024-04-15
    by: mz
    status: in_progress
    note: 已完成需求调研。   # 调研
# 文件末尾的注释
`;

describe('editYaml', () => {
  it('appends to a block list and leaves every other byte as it was', () => {
    const out = editYaml(RESOLUTION, [
      { op: 'append', path: ['progress'], value: { date: '2024-12-20', by: 'mz', status: 'done', note: '数据库建成。' } },
    ]);
    expect(out).toBe(
      RESOLUTION.replace(
        '    note: 已完成需求调研。   # 调研\n',
        '    note: 已完成需求调研。   # 调研\n  - date: 2024-12-20\n    by: mz\n    status: done\n    note: 数据库建成。\n',
      ),
    );
  });

  it('creates a missing list at the end of the map, before a trailing comment', () => {
    const out = editYaml(RESOLUTION, [
      { op: 'append', path: ['extensions'], value: { due: '2024-09-30', granted_by: 'w', reason: '协议待签署' } },
    ]);
    expect(out).toBe(
      RESOLUTION.replace(
        '# 文件末尾的注释\n',
        'extensions:\n  - due: 2024-09-30\n    granted_by: w\n    reason: 协议待签署\n# 文件末尾的注释\n',
      ),
    );
  });

  it('turns an empty flow list into a block list and keeps its comment', () => {
    const out = editYaml('a: 1\nprogress: []   # log\nb: 2\n', [
      { op: 'append', path: ['progress'], value: { date: '2024-01-02', status: 'done' } },
    ]);
    expect(out).toBe('a: 1\nprogress:   # log\n  - date: 2024-01-02\n    status: done\nb: 2\n');
  });

  it('sets scalars inside a nested map, replacing and adding keys', () => {
    const text = 'kind: plenary\nminutes:\n  status: draft        # 起草中\nreported_to: [县委]\n';
    const out = editYaml(text, [
      { op: 'set', path: ['minutes', 'status'], value: 'issued' },
      { op: 'set', path: ['minutes', 'number'], value: '测困保纪〔2024〕1号' },
      { op: 'set', path: ['minutes', 'issued'], value: '2024-03-22' },
    ]);
    expect(out).toBe(
      'kind: plenary\nminutes:\n  status: issued        # 起草中\n  number: 测困保纪〔2024〕1号\n  issued: 2024-03-22\nreported_to: [县委]\n',
    );
  });

  it('creates a missing map with its field', () => {
    expect(editYaml('kind: plenary   # k\n', [{ op: 'set', path: ['minutes', 'status'], value: 'issued' }])).toBe(
      'kind: plenary   # k\nminutes:\n  status: issued\n',
    );
  });

  it('fills a key that has no value yet', () => {
    expect(editYaml('minutes:\nx: 1\n', [{ op: 'set', path: ['minutes', 'status'], value: 'issued' }])).toBe(
      'minutes:\n  status: issued\nx: 1\n',
    );
  });

  it('fills a key that has no value but a comment, keeping the comment and every other byte', () => {
    const text = 'no: 2\nresponsible: [cz]                        # 责任单位\nprogress:   # 落实情况:只追加\ndue: 2024-06-30\n';
    expect(editYaml(text, [{ op: 'append', path: ['progress'], value: { date: '2024-05-01', note: 'x' } }])).toBe(
      text.replace('# 落实情况:只追加\n', '# 落实情况:只追加\n  - date: 2024-05-01\n    note: x\n'),
    );
    expect(editYaml('kind: plenary\nminutes:   # 纪要\nx: 1\n', [{ op: 'set', path: ['minutes', 'status'], value: 'issued' }])).toBe(
      'kind: plenary\nminutes:   # 纪要\n  status: issued\nx: 1\n',
    );
  });

  it('sets into a flow map by rewriting only that map, keeping the rest of the file', () => {
    const text = 'kind: plenary                # 全体\nattendees: [zz, mz]          # 出席\nminutes: { status: draft }   # 纪要\nx: 1\n';
    expect(
      editYaml(text, [
        { op: 'set', path: ['minutes', 'status'], value: 'issued' },
        { op: 'set', path: ['minutes', 'number'], value: '测困保纪〔2024〕1号' },
      ]),
    ).toBe(text.replace('{ status: draft }', '{status: issued, number: 测困保纪〔2024〕1号}'));
  });

  it('keeps CRLF line ends', () => {
    const out = editYaml('a: 1\r\nlist:\r\n  - x\r\n', [{ op: 'append', path: ['list'], value: 'y' }]);
    expect(out).toBe('a: 1\r\nlist:\r\n  - x\r\n  - y\r\n');
  });

  it('quotes what YAML would otherwise read differently', () => {
    const out = editYaml('progress:\n  - note: a\n', [{ op: 'append', path: ['progress'], value: { note: '注意: 冒号 # 与井号' } }]);
    expect(out).toBe('progress:\n  - note: a\n  - note: "注意: 冒号 # 与井号"\n');
  });
});

/** `after` is `before` with one block of text inserted and nothing else changed. */
function insertedInto(before: string, after: string): string | undefined {
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return head + tail === before.length ? after.slice(head, after.length - tail) : undefined;
}

describe('editYaml on every record of the example body', () => {
  const files = readdirSync(join(EXAMPLE, 'resolutions'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));

  it.each(files)('appending progress to %s only inserts the new entry', (file) => {
    const before = readFileSync(join(EXAMPLE, 'resolutions', file), 'utf8');
    const after = editYaml(before, [
      { op: 'append', path: ['progress'], value: { date: '2030-01-02', by: 'mz', status: 'done', note: '完成。' } },
    ]);
    const inserted = insertedInto(before, after);
    expect(inserted).toBeDefined();
    expect(inserted).toMatch(/^(progress:\n)?  - date: 2030-01-02\n    by: mz\n    status: done\n    note: 完成。\n$/);
    expect((parseDocument(after).toJS() as { progress: unknown[] }).progress.at(-1)).toEqual({
      date: '2030-01-02',
      by: 'mz',
      status: 'done',
      note: '完成。',
    });
  });

  it('issuing the draft minutes of a meeting only changes the status line and adds the rest', () => {
    const before = readFileSync(join(EXAMPLE, 'meetings/2026/2026-11-20-thematic.yaml'), 'utf8');
    const after = editYaml(before, [
      { op: 'set', path: ['minutes', 'status'], value: 'issued' },
      { op: 'set', path: ['minutes', 'number'], value: '兰困保纪〔2026〕9号' },
      { op: 'set', path: ['minutes', 'issued'], value: '2026-11-27' },
      { op: 'set', path: ['minutes', 'signed_by'], value: 'zz' },
    ]);
    expect(after).toBe(
      before.replace(
        'minutes:\n  status: draft\n',
        'minutes:\n  status: issued\n  number: 兰困保纪〔2026〕9号\n  issued: 2026-11-27\n  signed_by: zz\n',
      ),
    );
  });
});
