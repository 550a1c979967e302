// minutes-issued [五(六)]: minutes issued within `days` days, with number, issue date and signer.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'minutes-issued';
const FILE = 'meetings/2025/2025-03-01-plenary.yaml';
const FILE2 = 'meetings/2025/2025-04-01-thematic.yaml';

/** A meeting on `date`: lines 1-4 are kind, title, date, convener; `minutes:` on line 5, its fields from line 6. */
function meeting(minutes: string[] | undefined, date = '2025-03-01'): string {
  return [
    'kind: plenary',
    'title: 会议',
    `date: ${date}`,
    'convener: zz',
    ...(minutes ? ['minutes:', ...minutes.map((l) => `  ${l}`)] : []),
    '',
  ].join('\n');
}

const issued = (on: string, number = '测困保纪〔2025〕1号'): string[] => [
  'status: issued',
  `number: ${number}`,
  `issued: ${on}`,
  'signed_by: zz',
];

function body(files: Files, rules?: string): BodyFiles {
  const all = smallBody(files);
  if (rules !== undefined) all['yishi.yaml'] += `rules:\n${rules}`;
  return all;
}

const found = (files: Files, asOf: string) => findingsOf(ID, files, asOf).map(({ at, severity }) => ({ at, severity }));

describe('minutes-issued', () => {
  describe('valid', () => {
    it('minutes issued within 15 days, with number, date and signer', () => {
      expect(found(body({ [FILE]: meeting(issued('2025-03-16')) }), '2025-07-01')).toEqual([]);
    });

    it('draft minutes 3 days after the meeting, and still on the 15th day', () => {
      expect(found(body({ [FILE]: meeting(['status: draft']) }), '2025-03-04')).toEqual([]);
      expect(found(body({ [FILE]: meeting(['status: draft']) }), '2025-03-16')).toEqual([]);
    });

    it('a planned meeting has no minutes yet', () => {
      expect(found(body({ [FILE]: meeting(undefined, '2025-09-01') }), '2025-07-01')).toEqual([]);
    });

    it('days: 30 in yishi.yaml allows draft minutes 20 days after', () => {
      expect(found(body({ [FILE]: meeting(['status: draft']) }, '  minutes-issued: { days: 30 }\n'), '2025-03-21')).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('draft minutes 16 days after the meeting, at the status', () => {
      const all = findingsOf(ID, body({ [FILE]: meeting(['status: draft']) }), '2025-03-17');
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${FILE}:6:11`, severity: 'error' }]);
      expect(all[0]!.message).toContain('16 天过去了');
      expect(all[0]!.message).toContain('最迟 2025-03-16');
      expect(all[0]!.message).toContain('五(六)');
    });

    it('no minutes at all, at the top of the record', () => {
      expect(found(body({ [FILE]: meeting(undefined) }), '2025-07-01')).toEqual([{ at: `${FILE}:1:1`, severity: 'error' }]);
    });

    it('days: 30 changes the outcome: draft minutes on day 20 are an error by default, fine at 30, an error again on day 31', () => {
      const draft = { [FILE]: meeting(['status: draft']) };
      expect(found(body(draft), '2025-03-21')).toEqual([{ at: `${FILE}:6:11`, severity: 'error' }]);
      expect(found(body(draft, '  minutes-issued: { days: 30 }\n'), '2025-03-21')).toEqual([]);
      expect(found(body(draft, '  minutes-issued: { days: 30 }\n'), '2025-04-01')).toEqual([{ at: `${FILE}:6:11`, severity: 'error' }]);
    });

    it('issued minutes without number and signer, at the status', () => {
      const all = findingsOf(ID, body({ [FILE]: meeting(['status: issued', 'issued: 2025-03-05']) }), '2025-07-01');
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${FILE}:6:11`, severity: 'error' }]);
      expect(all[0]!.message).toContain('文号(number)、签发人(signed_by)');
    });

    it('issued before the meeting', () => {
      expect(found(body({ [FILE]: meeting(issued('2025-02-28')) }), '2025-07-01')).toEqual([{ at: `${FILE}:8:11`, severity: 'error' }]);
    });

    it('issued later than 15 days after the meeting is a warning; not with days: 30', () => {
      const late = { [FILE]: meeting(issued('2025-03-21')) };
      const all = findingsOf(ID, body(late), '2025-07-01');
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([{ at: `${FILE}:8:11`, severity: 'warning' }]);
      expect(all[0]!.message).toContain('会后第 20 天');
      expect(found(body(late, '  minutes-issued: { severity: error, days: 30 }\n'), '2025-07-01')).toEqual([]);
    });

    it('two minutes with the same number, at the later meeting', () => {
      const files = body({
        [FILE]: meeting(issued('2025-03-05')),
        [FILE2]: meeting(issued('2025-04-05'), '2025-04-01').replace('kind: plenary', 'kind: thematic'),
      });
      expect(found(files, '2025-07-01')).toEqual([{ at: `${FILE2}:7:11`, severity: 'error' }]);
    });

    it('warn makes the errors warnings; off silences them', () => {
      const files = { [FILE]: meeting(['status: draft']) };
      expect(found(body(files, '  minutes-issued: warn\n'), '2025-07-01')).toEqual([{ at: `${FILE}:6:11`, severity: 'warning' }]);
      expect(found(body(files, '  minutes-issued: { severity: off, days: 30 }\n'), '2025-07-01')).toEqual([]);
    });

    it('an option that does not exist is a configuration error', () => {
      const files = body({ [FILE]: meeting(issued('2025-03-05')) }, '  minutes-issued: { day: 30 }\n');
      const all = findingsOf('rules-config', files, '2025-07-01');
      expect(all.map((f) => f.at)).toEqual(['yishi.yaml:12:21']);
      expect(all[0]!.message).toContain('你是不是想写“days”');
    });
  });
});
