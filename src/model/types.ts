// Plain types of the records of RECORDS.md, format 1. Field names are the contract: do not rename.

export type IsoDate = string; // YYYY-MM-DD, a real calendar date (checked by the schema)
export type MemberId = string;

export type RecordKind = 'body' | 'member' | 'duty' | 'meeting' | 'resolution' | 'supervision';

export interface RuleSetting {
  severity?: 'off' | 'warn' | 'error';
  [option: string]: unknown;
}

export interface Body {
  format: 1;
  name: string;
  short_name?: string;
  established: { date: IsoDate; document?: string };
  office: { host: MemberId; director?: string };
  /** default zh-CN */
  locale?: 'zh-CN' | 'en';
  /** default Asia/Shanghai */
  timezone?: string;
  minutes_number?: string;
  supervision_number?: string;
  rules?: Record<string, 'off' | 'warn' | 'error' | RuleSetting>;
}

export interface Period {
  name: string;
  from: IsoDate;
  to?: IsoDate;
  phone?: string;
}

export interface Member {
  role: 'leader' | 'deputy' | 'member';
  unit: string;
  position: string;
  level?: 'county' | 'township';
  order?: number;
  holders: Period[];
  liaisons?: Period[];
  joined?: IsoDate;
  left?: IsoDate;
  successor?: MemberId;
}

/** group 领导小组, office 办公室, townships 各乡(镇)街道, or a member id. */
export type DutyHolder = 'group' | 'office' | 'townships' | MemberId;

export interface Duty {
  holder: DutyHolder;
  from: IsoDate;
  to?: IsoDate;
  order?: number;
  source?: string;
  text: string;
  shares_information?: boolean;
}

export type MeetingKind = 'plenary' | 'thematic' | 'written' | 'liaison';

export interface Topic {
  title: string;
  proposed_by?: MemberId;
  approved_by?: MemberId;
  case?: string;
}

export type Attendee = MemberId | { member: MemberId; name?: string; on_behalf?: boolean };

export interface Absence {
  member: MemberId;
  reason?: string;
}

export interface Observer {
  name: string;
  unit?: string;
  position?: string;
}

export interface Material {
  title: string;
  file: string;
  sha256?: string;
}

export interface Minutes {
  status: 'draft' | 'issued';
  number?: string;
  issued?: IsoDate;
  signed_by?: MemberId;
  distribution?: string[];
}

export interface Response {
  member: MemberId;
  date: IsoDate;
  opinion: 'agree' | 'disagree' | 'comment';
  note?: string;
}

export interface Meeting {
  kind: MeetingKind;
  title: string;
  date: IsoDate;
  time?: string;
  location?: string;
  convener: MemberId | 'office';
  delegated?: boolean;
  chair?: MemberId | 'office';
  topics?: Topic[];
  attendees?: Attendee[];
  absent?: Absence[];
  observers?: Observer[];
  recorder?: string;
  proceedings?: string;
  outcome?: string;
  materials?: Material[];
  minutes?: Minutes;
  reported_to?: string[];
  circulated?: IsoDate;
  respond_by?: IsoDate;
  participants?: MemberId[];
  responses?: Response[];
}

export interface Approval {
  to: string;
  status: 'pending' | 'approved' | 'rejected';
  date?: IsoDate;
}

export interface Extension {
  due: IsoDate;
  granted_by: string;
  reason?: string;
}

export type ProgressStatus = 'in_progress' | 'blocked' | 'done';

export interface ProgressEntry {
  date: IsoDate;
  by?: MemberId;
  status: ProgressStatus;
  note?: string;
}

export interface Resolution {
  meeting: string;
  no: number;
  title?: string;
  text: string;
  lead?: MemberId;
  responsible?: MemberId[];
  cooperating?: MemberId[];
  due?: IsoDate;
  approval?: Approval;
  extensions?: Extension[];
  superseded_by?: string;
  progress?: ProgressEntry[];
}

/** Status of a task: its last progress entry's status, else open. */
export type TaskStatus = 'open' | ProgressStatus;

export interface SupervisionReply {
  date: IsoDate;
  by: MemberId;
  text: string;
}

/** 督办 [四(二)]: a notice to one member, or a circular to every member. */
export interface Supervision {
  kind: 'notice' | 'circular';
  number?: string;
  date: IsoDate;
  /** notice only */
  to?: MemberId;
  /** resolution ids (tasks), or meeting ids for a missing written opinion */
  items: string[];
  reply_by?: IsoDate;
  /** office, or a member id of the leader or a deputy; default office */
  signed_by?: string;
  replies?: SupervisionReply[];
  closed?: IsoDate;
  closed_note?: string;
}
