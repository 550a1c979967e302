import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody } from '../helpers/folder.js';

const meeting = 'kind: plenary\ntitle: 会议\ndate: 2025-03-20\nconvener: zz\n';

describe('layout', () => {
  it('accepts files in their places', () => {
    expect(
      findingsOf('layout', smallBody({ 'meetings/2025/m.yaml': meeting, 'resolutions/2025/m-1.yaml': 'meeting: m\nno: 1\ntext: 同意\n' })),
    ).toEqual([]);
  });

  it('wants a meeting in the folder of its year, pointing at the date', () => {
    const found = findingsOf('layout', smallBody({ 'meetings/2024/m.yaml': meeting }));
    expect(found).toEqual([
      {
        at: 'meetings/2024/m.yaml:3:7',
        severity: 'error',
        message: '会议日期在 2025 年,文件却在 meetings/2024/ 中。请移到 meetings/2025/。',
      },
    ]);
  });

  it("wants a resolution in the folder of its meeting's year", () => {
    const found = findingsOf(
      'layout',
      smallBody({ 'meetings/2025/m.yaml': meeting, 'resolutions/2024/m-1.yaml': 'meeting: m\nno: 1\ntext: 同意\n' }),
    );
    expect(found.map((f) => f.at)).toEqual(['resolutions/2024/m-1.yaml:1:10']);
  });

  it('reports misplaced files, bad names and duplicate ids', () => {
    const found = findingsOf(
      'layout',
      smallBody({
        'meetings/m.yaml': meeting,
        'members/Wrong_Name.yaml': 'role: member\nunit: 县某局\nposition: 局长\nholders:\n  - name: 示例\n    from: 2024-01-10\n',
        'members/old.yml': 'role: member\n',
        'meetings/2025/dup.yaml': meeting,
        'meetings/2026/dup.yaml': meeting.replace('2025-03-20', '2026-03-20'),
        'meeting/2025/typo.yaml': meeting,
      }),
    );
    expect(found.map((f) => `${f.at} ${f.severity}`)).toEqual([
      'meeting/2025/typo.yaml:1:1 warning',
      'meetings/2026/dup.yaml:1:1 error',
      'meetings/m.yaml:1:1 error',
      'members/Wrong_Name.yaml:1:1 error',
      'members/old.yml:1:1 error',
    ]);
  });
});
