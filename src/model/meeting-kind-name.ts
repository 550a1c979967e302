// How messages and documents name a kind of meeting [五(一)]: 全体会议 / plenary meeting, … (the shared vocabulary's words).
import type { Message } from '../core/diagnostic.js';
import { MEETING_KIND_TERMS } from '../i18n/vocabulary.js';
import type { MeetingKind } from './types.js';

export function meetingKindName(kind: MeetingKind): Message {
  return MEETING_KIND_TERMS[kind];
}
