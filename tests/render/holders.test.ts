// People are named as they held the seat on the meeting date: a holder who left before the date is named
// for an earlier meeting, the successor is not; for a later meeting it is the other way round.
import { describe, expect, it } from 'vitest';
import { typeRecords } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import type { Records } from '../../src/model/records.js';
import { renderAgenda } from '../../src/render/render-agenda.js';
import { renderMinutes } from '../../src/render/render-minutes.js';
import { renderRoster } from '../../src/render/render-roster.js';
import { makeFolder, smallBody } from '../helpers/folder.js';

const meeting = (date: string, extra = ''): string =>
  [
    'kind: plenary',
    `title: ${date.slice(0, 4)}年全体会议`,
    `date: ${date}`,
    'location: 县政府三楼会议室',
    'convener: zz',
    'topics:',
    '  - title: 审议工作要点',
    '    proposed_by: mz',
    '    approved_by: zz',
    'attendees: [zz, mz, cz]',
    'absent:',
    '  - member: gaj',
    '    reason: 出差',
    'recorder: 示例庚',
    extra,
  ].join('\n');

function records(): Records {
  const dir = makeFolder(
    smallBody({
      // The leader's seat and the finance bureau's seat change hands on 2025-07-01; the police seat too.
      'members/zz.yaml':
        'role: leader\nunit: 县人民政府\nposition: 副县长\norder: 1\nholders:\n  - name: 前任组长\n    from: 2024-01-10\n' +
        '    to: 2025-06-30\n  - name: 继任组长\n    from: 2025-07-01\n',
      'members/cz.yaml':
        'role: member\nunit: 县财政局\nposition: 副局长\norder: 4\nholders:\n  - name: 示例丁\n    from: 2024-01-10\n' +
        '    to: 2025-06-30\n  - name: 示例戊\n    from: 2025-07-01\n',
      'members/gaj.yaml':
        'role: member\nunit: 县公安局\nposition: 副局长\norder: 5\nholders:\n  - name: 老局长\n    from: 2024-01-10\n' +
        '    to: 2025-06-30\n  - name: 新局长\n    from: 2025-07-01\n',
      'meetings/2025/2025-03-20-plenary.yaml': meeting('2025-03-20'),
      'meetings/2025/2025-09-10-plenary.yaml': meeting('2025-09-10'),
      // The last day of the old holders' terms: they are still the ones named.
      'meetings/2025/2025-06-30-plenary.yaml': meeting('2025-06-30'),
    }),
  );
  const typed = typeRecords(loadFolder(dir));
  expect(typed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return typed.records;
}

describe('people as they held the seat on the meeting date', () => {
  const r = records();

  it('an earlier meeting names the holders who later left, never their successors', () => {
    const text = renderMinutes(r, '2025-03-20-plenary', { lang: 'zh' });
    expect(text).toContain('领导小组组长、县人民政府副县长前任组长在县政府三楼会议室主持召开');
    expect(text).toContain('**出席**:前任组长(组长、县人民政府副县长)、示例丙(县民政局副局长)、示例丁(县财政局副局长)\n');
    expect(text).toContain('**请假**:老局长(县公安局副局长,出差)\n');
    for (const later of ['继任组长', '示例戊', '新局长']) expect(text).not.toContain(later);
  });

  it('a later meeting names the successors, never those who left', () => {
    const text = renderMinutes(r, '2025-09-10-plenary', { lang: 'zh' });
    expect(text).toContain('领导小组组长、县人民政府副县长继任组长在县政府三楼会议室主持召开');
    expect(text).toContain('**出席**:继任组长(组长、县人民政府副县长)、示例丙(县民政局副局长)、示例戊(县财政局副局长)\n');
    expect(text).toContain('**请假**:新局长(县公安局副局长,出差)\n');
    for (const earlier of ['前任组长', '示例丁', '老局长']) expect(text).not.toContain(earlier);
  });

  it('the last day of a term still belongs to the holder who leaves', () => {
    const text = renderMinutes(r, '2025-06-30-plenary', { lang: 'en' });
    expect(text).toContain('leader 前任组长 (县人民政府 副县长) convened and chaired');
    expect(text).toContain('示例丁 (县财政局 副局长)');
    expect(text).not.toContain('示例戊');
  });

  it('the agenda names the approver as of the meeting date', () => {
    expect(renderAgenda(r, '2025-03-20-plenary', { lang: 'zh' })).toContain('| 组长前任组长 |');
    expect(renderAgenda(r, '2025-09-10-plenary', { lang: 'zh' })).toContain('| 组长继任组长 |');
  });

  it('the roster names the holder on its date', () => {
    const before = renderRoster(r, { lang: 'zh', asOf: '2025-06-30' });
    const after = renderRoster(r, { lang: 'zh', asOf: '2025-07-01' });
    expect(before).toContain('组长:县人民政府副县长前任组长\n');
    expect(before).not.toContain('继任组长');
    expect(after).toContain('组长:县人民政府副县长继任组长\n');
    expect(after).not.toContain('前任组长');
  });
});
