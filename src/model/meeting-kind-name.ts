// How messages and documents name a kind of meeting [五(一)]: 全体会议 / plenary meeting, ….
import type { MeetingKind } from './types.js';

const NAMES: Record<MeetingKind, { zh: string; en: string }> = {
  plenary: { zh: '全体会议', en: 'plenary meeting' },
  thematic: { zh: '专题会议', en: 'thematic meeting' },
  written: { zh: '书面审议', en: 'written review' },
  liaison: { zh: '联络员会议', en: 'liaison meeting' },
};

export function meetingKindName(kind: MeetingKind): { zh: string; en: string } {
  return NAMES[kind];
}
