import { describe, expect, it } from 'vitest';
import { typeRecords } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { freeId, meetingIdFor, nextMinutesNumber, nextResolutionNo } from '../../src/model/next-ids.js';
import { copyExample, makeFolder, smallBody } from '../helpers/folder.js';

const recordsOf = (root: string) => typeRecords(loadFolder(root)).records;

describe('next ids', () => {
  it('freeId adds -2, -3 while taken', () => {
    expect(freeId('mz', new Set())).toBe('mz');
    expect(freeId('mz', new Set(['mz', 'mz-2']))).toBe('mz-3');
  });

  it('a second meeting of a kind on one day gets -2', () => {
    const records = recordsOf(copyExample());
    expect(meetingIdFor(records, '2024-03-15', 'plenary')).toBe('2024-03-15-plenary-2');
    expect(meetingIdFor(records, '2024-03-15', 'thematic')).toBe('2024-03-15-thematic');
  });

  it('the next no follows the highest of the meeting', () => {
    const records = recordsOf(copyExample());
    expect(nextResolutionNo(records, '2024-03-15-plenary')).toBe(5);
    expect(nextResolutionNo(records, '2026-11-20-thematic')).toBe(2);
    expect(nextResolutionNo(records, '2024-05-20-liaison')).toBe(1);
  });

  it('the next minutes number counts the minutes issued in the year of issue', () => {
    const records = recordsOf(copyExample());
    const issued2024 = [...records.meetings.values()].filter(
      (m) => m.data.minutes?.status === 'issued' && m.data.minutes.issued?.startsWith('2024'),
    ).length;
    expect(nextMinutesNumber(records, '2024-12-30')).toBe(`兰困保纪〔2024〕${issued2024 + 1}号`);
    expect(nextMinutesNumber(records, '2031-01-05')).toBe('兰困保纪〔2031〕1号');
  });

  it('no template, no number', () => {
    const files = smallBody();
    files['yishi.yaml'] = String(files['yishi.yaml']).replace(/minutes_number.*\n/, '');
    expect(nextMinutesNumber(recordsOf(makeFolder(files)), '2024-03-22')).toBeUndefined();
  });
});
