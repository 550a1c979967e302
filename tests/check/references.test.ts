import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type Files } from '../helpers/folder.js';

const meeting = 'kind: plenary\ntitle: 会议\ndate: 2025-03-20\nconvener: zz\n';
const withResolution = (body: string): Files => smallBody({ 'meetings/2025/m.yaml': meeting, 'resolutions/2025/m-1.yaml': body });

describe('reference', () => {
  it('accepts ids that exist, and the keywords group/office/townships where they belong', () => {
    expect(
      findingsOf(
        'reference',
        withResolution('meeting: m\nno: 1\ntext: 建库\nlead: mz\nresponsible: [cz]\ncooperating: [gaj]\ndue: 2025-06-30\n'),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'reference',
        smallBody({
          'duties/group.yaml': 'holder: group\nfrom: 2024-01-10\ntext: 职责\n',
          'meetings/2025/l.yaml': 'kind: liaison\ntitle: 联络员会议\ndate: 2025-03-20\nconvener: office\n',
        }),
      ),
    ).toEqual([]);
  });

  it('points at the value of an unknown lead, with a guess', () => {
    expect(findingsOf('reference', withResolution('meeting: m\nno: 1\ntext: 建库\nlead: mzj\ndue: 2025-06-30\n'))).toEqual([
      { at: 'resolutions/2025/m-1.yaml:4:7', severity: 'error', message: '找不到成员“mzj”。你是不是想写“mz”?' },
    ]);
  });

  it('checks meetings, resolutions and members named anywhere', () => {
    const found = findingsOf(
      'reference',
      smallBody({
        'yishi.yaml': String(smallBody()['yishi.yaml']).replace('host: mz', 'host: mzj'),
        'meetings/2025/m.yaml': meeting + 'attendees:\n  - zz\n  - member: cq\nabsent:\n  - member: gaa\n',
        'resolutions/2025/m-1.yaml':
          'meeting: m\nno: 1\ntext: 建库\nlead: mz\ndue: 2025-06-30\nextensions:\n  - due: 2025-09-30\n' +
          '    granted_by: n\nsuperseded_by: m-9\nprogress:\n  - date: 2025-04-01\n    by: cc\n' +
          '    status: in_progress\n',
        'resolutions/2025/x-1.yaml': 'meeting: x\nno: 1\ntext: 同意\n',
        'duties/d.yaml': 'holder: township\nfrom: 2024-01-10\ntext: 职责\n',
      }),
    );
    expect(found.map((f) => f.at)).toEqual([
      'duties/d.yaml:1:9',
      'meetings/2025/m.yaml:7:13',
      'meetings/2025/m.yaml:9:13',
      'resolutions/2025/m-1.yaml:8:17',
      'resolutions/2025/m-1.yaml:9:16',
      'resolutions/2025/m-1.yaml:12:9',
      'resolutions/2025/x-1.yaml:1:10',
      'yishi.yaml:6:9',
    ]);
    expect(found[0]!.message).toBe('找不到成员“township”(或 group、office、townships)。你是不是想写“townships”?');
  });
});
