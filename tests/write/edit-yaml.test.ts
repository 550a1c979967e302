import { describe, expect, it } from 'vitest';
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
    const out = editYaml(RESOLUTION, [{ op: 'append', path: ['extensions'], value: { due: '2024-09-30', granted_by: 'w', reason: '协议待签署' } }]);
    expect(out).toBe(
      RESOLUTION.replace('# 文件末尾的注释\n', 'extensions:\n  - due: 2024-09-30\n    granted_by: w\n    reason: 协议待签署\n# 文件末尾的注释\n'),
    );
  });

  it('turns an empty flow list into a block list and keeps its comment', () => {
    const out = editYaml('a: 1\nprogress: []   # log\nb: 2\n', [{ op: 'append', path: ['progress'], value: { date: '2024-01-02', status: 'done' } }]);
    expect(out).toBe('a: 1\nprogress:   # log\n  - date: 2024-01-02\n    status: done\nb: 2\n');
  });

  it('sets scalars inside a nested map, replacing and adding keys', () => {
    const text = 'kind: plenary\nminutes:\n  status: draft        # 起草中\nreported_to: [县委]\n';
    const out = editYaml(text, [
      { op: 'set', path: ['minutes', 'status'], value: 'issued' },
      { op: 'set', path: ['minutes', 'number'], value: '测困保纪〔2024〕1号' },
      { op: 'set', path: ['minutes', 'issued'], value: '2024-03-22' },
    ]);
    expect(out).toBe('kind: plenary\nminutes:\n  status: issued        # 起草中\n  number: 测困保纪〔2024〕1号\n  issued: 2024-03-22\nreported_to: [县委]\n');
  });

  it('creates a missing map with its field', () => {
    expect(editYaml('kind: plenary   # k\n', [{ op: 'set', path: ['minutes', 'status'], value: 'issued' }])).toBe(
      'kind: plenary   # k\nminutes:\n  status: issued\n',
    );
  });

  it('fills a key that has no value yet', () => {
    expect(editYaml('minutes:\nx: 1\n', [{ op: 'set', path: ['minutes', 'status'], value: 'issued' }])).toBe('minutes:\n  status: issued\nx: 1\n');
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
