// The `count: working` option of minutes-issued and written-review: periods in working days, with the official
// holiday schedule; a year the schedule lacks is named in a warning.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type Files } from '../helpers/folder.js';

const BODY = smallBody()['yishi.yaml'];

function body(rules: string, extra: Files): Files {
  return smallBody({ 'yishi.yaml': `${BODY}rules:\n${rules}`, ...extra });
}

function plenary(date: string): Files {
  const year = date.slice(0, 4);
  return {
    [`meetings/${year}/${date}-plenary.yaml`]: [
      'kind: plenary',
      'title: 全体会议',
      `date: ${date}`,
      'location: 会议室',
      'convener: zz',
      'attendees: [zz, fzz, mz, cz, gaj]',
      'recorder: 示例乙',
      'proceedings: 会议讨论了工作要点。',
      '',
    ].join('\n'),
  };
}

describe('minutes-issued with count: working', () => {
  const files = body('  minutes-issued: { days: 5, count: working }\n', plenary('2025-09-29'));
  const FILE = 'meetings/2025/2025-09-29-plenary.yaml';

  it('5 working days from Monday 2025-09-29 run to 2025-10-13, across National Day and the 调休 Saturday', () => {
    expect(findingsOf('minutes-issued', files, '2025-10-13')).toEqual([]);
    const found = findingsOf('minutes-issued', files, '2025-10-14');
    expect(found.map((f) => `${f.at} ${f.severity}`)).toEqual([`${FILE}:1:1 error`]);
    expect(found[0]!.message).toContain(
      '已于 2025-09-29 召开,6 个工作日过去了,会议纪要还没有印发(本领导小组要求会后 5 个工作日内印发,最迟 2025-10-13)',
    );
  });

  it('calendar days by default', () => {
    const plain = body('  minutes-issued: { days: 5 }\n', plenary('2025-09-29'));
    expect(findingsOf('minutes-issued', plain, '2025-10-05')[0]!.message).toContain('6 天过去了');
  });

  it('a year the holiday data lacks: a warning at the count setting naming the year', () => {
    const late = body('  minutes-issued: { days: 5, count: working }\n', plenary('2026-12-28'));
    const found = findingsOf('minutes-issued', late, '2027-01-04');
    expect(found.map((f) => `${f.at} ${f.severity}`)).toEqual(['yishi.yaml:12:37 warning']);
    expect(found[0]!.message).toContain('不含 2027 年的放假调休安排');
  });

  it('count takes calendar or working only', () => {
    const wrong = body('  minutes-issued: { days: 5, count: workdays }\n', plenary('2025-09-29'));
    expect(findingsOf('rules-config', wrong, '2025-10-13')).toEqual([
      { at: 'yishi.yaml:12:37', severity: 'error', message: '规则“minutes-issued”的选项“count”应为 calendar、working 之一。' },
    ]);
  });
});

describe('written-review with days and count: working', () => {
  const FILE = 'meetings/2026/2026-02-12-written.yaml';
  const review = [
    'kind: written',
    'title: 2026年第一次书面审议',
    'date: 2026-02-12',
    'convener: zz',
    'circulated: 2026-02-12',
    'participants: [mz, cz]',
    'responses:',
    '  - member: mz',
    '    date: 2026-02-13',
    '    opinion: agree',
    '',
  ].join('\n');
  const files = body('  written-review: { days: 3, count: working }\n', { [FILE]: review });

  it('3 working days from Thursday 2026-02-12 end on Tuesday 2026-02-24, after the Spring Festival', () => {
    expect(findingsOf('written-review', files, '2026-02-24')).toEqual([]);
    const found = findingsOf('written-review', files, '2026-02-25');
    expect(found.map((f) => `${f.at} ${f.severity}`)).toEqual([`${FILE}:6:20 warning`]);
    expect(found[0]!.message).toContain('县财政局(cz)在反馈时限 2026-02-24 前未反馈书面意见');
  });
});
