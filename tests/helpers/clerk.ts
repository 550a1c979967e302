// Records of one meeting and its task, as a clerk keeps them, for the write and history tests.
import type { Files } from './folder.js';

export const MEETING_ID = '2024-03-15-plenary';
export const MEETING_PATH = 'meetings/2024/2024-03-15-plenary.yaml';
export const RESOLUTION_ID = '2024-03-15-plenary-1';
export const RESOLUTION_PATH = 'resolutions/2024/2024-03-15-plenary-1.yaml';

export const DRAFT_MEETING = `# 2024年第一次全体会议
kind: plenary
title: 2024年第一次全体会议
date: 2024-03-15
location: 县政府三楼会议室
convener: zz
attendees: [zz, fzz, mz, cz, gaj]        # 出席
recorder: 示例庚
proceedings: |
  县民政局汇报了工作情况,会议议定一项事项。
minutes:                                 # 会议纪要
  status: draft
`;

export const ISSUED_MEETING = DRAFT_MEETING.replace(
  '  status: draft\n',
  '  status: issued\n  number: 测困保纪〔2024〕1号\n  issued: 2024-03-22\n  signed_by: zz\n',
);

export const RESOLUTION = `# 议定事项:建立困难群众基本信息数据库
meeting: 2024-03-15-plenary
no: 1
text: |
  会议议定,由县民政局牵头,县财政局负责,于2024年6月30日前建成数据库。
lead: mz
responsible: [cz]                        # 责任单位
due: 2024-06-30
progress:                                # 落实情况:只追加,不修改
  - date: 2024-04-15
    by: mz
    status: in_progress
    note: 已完成需求调研。               # 第一次报告
`;

/** A written review on 2024-06-20 (issued) that can grant an extension. */
export const WRITTEN_REVIEW = `kind: written
title: 2024年第一次书面审议
date: 2024-06-20
convener: zz
circulated: 2024-06-12
respond_by: 2024-06-19
participants: [fzz, mz, cz, gaj]
minutes:
  status: issued
  number: 测困保纪〔2024〕2号
  issued: 2024-06-25
  signed_by: zz
`;

/** The meeting with issued minutes and its task. */
export function sealedMeeting(extra: Files = {}): Files {
  return { [MEETING_PATH]: ISSUED_MEETING, [RESOLUTION_PATH]: RESOLUTION, ...extra };
}
