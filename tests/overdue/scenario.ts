// A small body with one record for every case that supervision must get right, and its known answers as of
// 2025-07-01 (a Tuesday; Asia/Shanghai).
import { loadFolder } from '../../src/load/load-folder.js';
import { typeRecords } from '../../src/check/check-folder.js';
import type { Records } from '../../src/model/records.js';
import { makeFolder, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

export const TODAY = '2025-07-01';

const member = (unit: string, extra = ''): string =>
  `role: member\nunit: ${unit}\nposition: 副局长\nholders:\n  - name: 示例\n    from: 2024-01-10\n${extra}`;

const resolution = (meeting: string, no: number, title: string, body: string): string =>
  `meeting: ${meeting}\nno: ${no}\ntitle: ${title}\ntext: |\n  ${title}。\n${body}`;

const T = '2024-03-01-thematic';

/** The seats: successions. */
const SEATS: Files = {
  // A single succession (卫计委 → 卫健局) and a two-step chain (扶贫办 → 乡村振兴局 → 农业农村局).
  'members/wjw.yaml': member('县卫生和计划生育委员会', 'left: 2024-12-01\nsuccessor: wjj\n'),
  'members/wjj.yaml': member('县卫生健康局', 'joined: 2024-12-01\n'),
  'members/fpb.yaml': member('县扶贫开发办公室', 'left: 2024-06-01\nsuccessor: xczxj\n'),
  'members/xczxj.yaml': member('县乡村振兴局', 'joined: 2024-06-01\nleft: 2025-03-01\nsuccessor: nyncj\n'),
  'members/nyncj.yaml': member('县农业农村局', 'joined: 2025-03-01\n'),
};

/** Meetings in every state that supervision must tell apart. */
const MEETINGS: Files = {
  [`meetings/2024/${T}.yaml`]: [
    'kind: thematic',
    'title: 2024年专题会议',
    'date: 2024-03-01',
    'convener: zz',
    'minutes:',
    '  status: issued',
    '  number: 测困保纪〔2024〕1号',
    '  issued: 2024-03-05',
    '  signed_by: zz',
    '',
  ].join('\n'),
  // No plenary in 2024: a year without a plenary.
  'meetings/2025/2025-03-20-plenary.yaml': [
    'kind: plenary',
    'title: 2025年第一次全体会议',
    'date: 2025-03-20',
    'convener: zz',
    'minutes:',
    '  status: issued',
    '  number: 测困保纪〔2025〕1号',
    '  issued: 2025-03-25',
    '  signed_by: zz',
    '',
  ].join('\n'),
  // Held 30 days ago with no minutes at all: 15 days late on 2025-07-01.
  'meetings/2025/2025-06-01-liaison.yaml': 'kind: liaison\ntitle: 2025年联络员会议\ndate: 2025-06-01\nconvener: office\n',
  // A written review: gaj gave no opinion by 2025-06-09.
  'meetings/2025/2025-06-10-written.yaml': [
    'kind: written',
    'title: 2025年第一次书面审议',
    'date: 2025-06-10',
    'convener: zz',
    'circulated: 2025-06-02',
    'respond_by: 2025-06-09',
    'participants: [mz, cz, gaj]',
    'responses:',
    '  - member: mz',
    '    date: 2025-06-03',
    '    opinion: agree',
    '  - member: cz',
    '    date: 2025-06-12',
    '    opinion: comment',
    '    note: 同意,逾期反馈。',
    'minutes:',
    '  status: issued',
    '  number: 测困保纪〔2025〕2号',
    '  issued: 2025-06-12',
    '  signed_by: zz',
    '',
  ].join('\n'),
  // Held 11 days ago, minutes in draft: due 2025-07-05, not late yet.
  'meetings/2025/2025-06-20-thematic.yaml':
    'kind: thematic\ntitle: 2025年第二次专题会议\ndate: 2025-06-20\nconvener: zz\nminutes:\n  status: draft\n',
  // Planned, not held: no minutes due.
  'meetings/2025/2025-07-15-thematic.yaml': 'kind: thematic\ntitle: 2025年第三次专题会议\ndate: 2025-07-15\nconvener: zz\n',
};

/** One resolution for every task state. */
const RESOLUTIONS: Files = {
  [`resolutions/2024/${T}-1.yaml`]: resolution(
    T,
    1,
    '延期后未到期',
    ['lead: mz', 'due: 2025-06-30', 'extensions:', '  - due: 2025-09-30', '    granted_by: 2025-06-10-written', ''].join('\n'),
  ),
  [`resolutions/2024/${T}-2.yaml`]: resolution(T, 2, '已被替代', 'lead: cz\ndue: 2025-01-31\nsuperseded_by: 2025-03-20-plenary-1\n'),
  [`resolutions/2024/${T}-3.yaml`]: resolution(
    T,
    3,
    '已完成',
    ['lead: gaj', 'due: 2025-02-28', 'progress:', '  - date: 2025-03-10', '    by: gaj', '    status: done', '    note: 已办结。', ''].join(
      '\n',
    ),
  ),
  [`resolutions/2024/${T}-4.yaml`]: resolution(
    T,
    4,
    '落实有困难',
    [
      'lead: cz',
      'responsible: [mz]',
      'due: 2025-05-31',
      'progress:',
      '  - date: 2025-04-01',
      '    by: cz',
      '    status: in_progress',
      '    note: 已启动。',
      '  - date: 2025-05-20',
      '    by: cz',
      '    status: blocked',
      '    note: 资金缺口较大,请领导小组协调。',
      '',
    ].join('\n'),
  ),
  [`resolutions/2024/${T}-5.yaml`]: resolution(T, 5, '今天到期', 'lead: mz\ndue: 2025-07-01\n'),
  [`resolutions/2024/${T}-6.yaml`]: resolution(T, 6, '昨天到期', 'lead: gaj\ncooperating: [mz]\ndue: 2025-06-30\n'),
  [`resolutions/2024/${T}-7.yaml`]: resolution(T, 7, '牵头单位已撤并', 'lead: wjw\ndue: 2025-03-31\n'),
  [`resolutions/2024/${T}-8.yaml`]: resolution(T, 8, '两次撤并', 'lead: fpb\nresponsible: [mz]\ncooperating: [gaj]\ndue: 2025-04-30\n'),
  [`resolutions/2024/${T}-9.yaml`]: resolution(
    T,
    9,
    '延期后仍逾期',
    ['lead: mz', 'due: 2025-01-31', 'extensions:', '  - due: 2025-05-31', '    granted_by: 2025-03-20-plenary', ''].join('\n'),
  ),
  'resolutions/2025/2025-03-20-plenary-1.yaml': resolution('2025-03-20-plenary', 1, '替代事项', 'lead: cz\ndue: 2025-12-31\n'),
  'resolutions/2025/2025-03-20-plenary-2.yaml': resolution('2025-03-20-plenary', 2, '原则同意', ''),
};

export function scenarioFiles(extra: Files = {}): BodyFiles {
  return smallBody({ ...SEATS, ...MEETINGS, ...RESOLUTIONS, ...extra });
}

/** The typed records of a folder written from `files`. */
/**
 * 县老干部局 (lgb) leaves on 2025-04-01 naming nobody to take over its open task 2025-03-20-plenary-3 (due
 * 2025-05-01): the task stays its own, and the clerk must be told the unit no longer exists.
 */
export const ORPHANED_LEAD: Files = {
  'members/lgb.yaml':
    'role: member\nunit: 县老干部局\nposition: 副局长\nholders:\n  - name: 示例\n    from: 2024-01-10\n    to: 2025-03-31\nleft: 2025-04-01\n',
  'resolutions/2025/2025-03-20-plenary-3.yaml':
    'meeting: 2025-03-20-plenary\nno: 3\ntitle: 无人承接\ntext: |\n  无人承接。\nlead: lgb\ndue: 2025-05-01\n',
};

export function recordsOf(files: Files): Records {
  return typeRecords(loadFolder(makeFolder(files))).records;
}

export function scenarioRecords(extra: Files = {}): Records {
  return recordsOf(scenarioFiles(extra));
}
