// Two seats of one unit (the deputy's 县民政局局长 and the member seat 县民政局) never read as one in supervision lists.
import { describe, expect, test } from 'vitest';
import { typeRecords } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { namesOf } from '../../src/report/supervision-labels.js';
import { runYishi } from '../helpers/cli.js';
import { makeFolder, smallBody } from '../helpers/folder.js';

const files = smallBody({
  'meetings/2025/2025-03-01-written.yaml': [
    'kind: written',
    'title: 2025年第一次书面审议',
    'date: 2025-03-10',
    'convener: zz',
    'circulated: 2025-03-01',
    'respond_by: 2025-03-07',
    'participants: [fzz, mz, cz]',
    'responses:',
    '  - member: cz',
    '    date: 2025-03-03',
    '    opinion: agree',
    '',
  ].join('\n'),
});

describe('names of seats in supervision lists', () => {
  test('the deputy seat of a unit that also holds a member seat is named with its post', () => {
    const { records } = typeRecords(loadFolder(makeFolder(files)));
    const zh = namesOf(records, 'zh');
    expect([zh.unit('fzz'), zh.unit('mz'), zh.unit('cz'), zh.unit('zz')]).toEqual(['县民政局局长', '县民政局', '县财政局', '县人民政府']);
    expect(namesOf(records, 'en').unit('fzz')).toBe('县民政局 局长');
  });

  test('overdue lists both missing opinions under different owners', () => {
    const r = runYishi(['overdue', '-C', makeFolder(files), '--as-of', '2025-07-01', '--format', 'csv']);
    expect(r.status).toBe(0);
    // columns: type, level, id, title, owner, …
    const rows = r.stdout
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((row) => row.split(','));
    const owners = rows.filter((row) => row[0] === '书面意见').map((row) => row[4]);
    expect(owners.sort()).toEqual(['县民政局', '县民政局局长']);
  });
});
