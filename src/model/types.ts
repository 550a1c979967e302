// The types of the records of docs/records.md, format 1. The record types themselves are generated from the
// JSON Schemas (record-types.generated.ts, `npm run types`), so the two cannot drift; this file gives them
// the names the code uses and adds the types that only the model knows (a task's status).
import type {
  BodyRecord,
  DutyRecord,
  MeetingRecord,
  MemberRecord,
  ProgressEntry,
  ResolutionRecord,
  RuleOptions,
  SupervisionRecord,
} from './record-types.generated.js';

export type { RecordKind } from '../core/record-kinds.js';
export type { Absence, Extension, Material, Minutes, Observer, Period, ProgressEntry, Response, Topic } from './record-types.generated.js';

export type IsoDate = string; // YYYY-MM-DD, a real calendar date (checked by the schema)
export type MemberId = string;

/** A rule's setting in yishi.yaml given as a map: `{ severity, ...options }`. */
export type RuleSetting = RuleOptions;

export type Body = BodyRecord;
export type Member = MemberRecord;
/** group 领导小组, office 办公室, townships 各乡(镇)街道, or a member id. */
export type DutyHolder = 'group' | 'office' | 'townships' | MemberId;
export type Duty = DutyRecord;
export type Meeting = MeetingRecord;
export type MeetingKind = Meeting['kind'];
/** A member id, or an entry for someone attending for the holder. */
export type Attendee = NonNullable<Meeting['attendees']>[number];
export type Resolution = ResolutionRecord;
export type Approval = NonNullable<Resolution['approval']>;
export type ProgressStatus = ProgressEntry['status'];

/** Status of a task: its last progress entry's status, else open. */
export type TaskStatus = 'open' | ProgressStatus;

/** The type of each kind's records (the kinds are those of core/record-kinds.ts). */
export interface RecordTypes {
  body: Body;
  member: Member;
  duty: Duty;
  meeting: Meeting;
  resolution: Resolution;
  supervision: Supervision;
}

/** 督办 [四(二)]: a notice to one member, or a circular to every member. */
export type Supervision = SupervisionRecord;
export type SupervisionReply = NonNullable<Supervision['replies']>[number];
