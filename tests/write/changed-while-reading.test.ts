// A write reads its record's file again, under the lock (the load keeps few texts in memory): a file another
// program changed since the folder was read is never written over from the old reading.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeRecords } from '../../src/write/write-records.js';
import { addProgress } from '../../src/write/add-progress.js';
import { copyExample } from '../helpers/folder.js';

const PATH = 'resolutions/2026/2026-03-18-plenary-2.yaml';

describe('a record changed by another program during a write', () => {
  it('is not written: the clerk is told which file changed (exit 2), and the other program’s change stays', () => {
    const dir = copyExample();
    const theirs = `# 另一个程序刚改过\n${readFileSync(join(dir, PATH), 'utf8')}`;
    const outcome = writeRecords({
      root: dir,
      asOf: '2026-11-28',
      now: new Date('2026-11-28T02:00:00Z'),
      plan: (records) => {
        writeFileSync(join(dir, PATH), theirs);
        return addProgress(records, { resolution: '2026-03-18-plenary-2', date: '2026-11-20', status: 'in_progress', note: '已部署' });
      },
    });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.written).toEqual([]);
    expect(outcome.stderr).toEqual([
      {
        say: {
          zh: `未写入:${PATH} 在 yishi 读取记录文件夹期间被其他程序改动了。请保存好那边的修改,再运行一次。`,
          en: `Nothing written: ${PATH} was changed by another program while yishi was reading the record folder. Save the changes there and run this again.`,
        },
      },
    ]);
    expect(readFileSync(join(dir, PATH), 'utf8')).toBe(theirs);
  });

  it('is written when nothing changed meanwhile', () => {
    const dir = copyExample();
    const outcome = writeRecords({
      root: dir,
      asOf: '2026-11-28',
      now: new Date('2026-11-28T02:00:00Z'),
      plan: (records) =>
        addProgress(records, { resolution: '2026-03-18-plenary-2', date: '2026-11-20', status: 'in_progress', note: '已部署' }),
    });
    expect(outcome.exitCode).toBe(0);
    expect(readFileSync(join(dir, PATH), 'utf8')).toContain('note: 已部署');
  });
});
