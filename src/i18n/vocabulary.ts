// The shared vocabulary: every term a user reads in more than one place (task statuses, meeting kinds, roles,
// record kinds, approval states, opinions), Chinese numbers, dates and the name of a seat, said one way in
// validate, overdue, tasks, render, log and audit. Each table is keyed by the value the records hold, so one
// term has one word; tests/i18n/catalogue.test.ts fails when a term table is written anywhere else. The words
// are those of a county office (render/wording.ts used them first): 未报进展, 落实中, 落实受阻, 已办结.
// This module imports nothing of the project (its keys are the record values, written out).
import type { Lang, Message } from '../core/diagnostic.js';

type Terms<K extends string> = Readonly<Record<K, Message>>;

/** A task's status, and `superseded` for a decision replaced by a later one. */
export type StatusTerm = 'open' | 'in_progress' | 'blocked' | 'done' | 'superseded';
export type MeetingKindTerm = 'plenary' | 'thematic' | 'written' | 'liaison';
export type RoleTerm = 'leader' | 'deputy' | 'member';
export type RecordKindTerm = 'body' | 'member' | 'duty' | 'meeting' | 'resolution' | 'supervision';
export type ApprovalTerm = 'pending' | 'approved' | 'rejected';
export type OpinionTerm = 'agree' | 'disagree' | 'comment' | 'none';
export type SupervisionKindTerm = 'notice' | 'circular';

export const STATUS_TERMS: Terms<StatusTerm> = {
  open: { zh: '未报进展', en: 'no progress reported' },
  in_progress: { zh: '落实中', en: 'in progress' },
  blocked: { zh: '落实受阻', en: 'blocked' },
  done: { zh: '已办结', en: 'done' },
  superseded: { zh: '已被替代', en: 'superseded' },
};

export const MEETING_KIND_TERMS: Terms<MeetingKindTerm> = {
  plenary: { zh: '全体会议', en: 'plenary meeting' },
  thematic: { zh: '专题会议', en: 'thematic meeting' },
  written: { zh: '书面审议', en: 'written review' },
  liaison: { zh: '联络员会议', en: 'liaison meeting' },
};

/** The order documents and lists give the kinds of meeting in. */
export const MEETING_KIND_ORDER: readonly MeetingKindTerm[] = ['plenary', 'thematic', 'written', 'liaison'];

export const ROLE_TERMS: Terms<RoleTerm> = {
  leader: { zh: '组长', en: 'leader' },
  deputy: { zh: '副组长', en: 'deputy leader' },
  member: { zh: '成员', en: 'member' },
};

/** The kinds of record; a member record is a member, so `member` is the role's word. */
export const RECORD_KIND_TERMS: Terms<RecordKindTerm> = {
  body: { zh: '机构', en: 'body' },
  member: ROLE_TERMS.member,
  duty: { zh: '职责', en: 'duty' },
  meeting: { zh: '会议', en: 'meeting' },
  resolution: { zh: '议定事项', en: 'resolution' },
  supervision: { zh: '督办文书', en: 'supervision record' },
};

/** What `overdue` supervises; a year without a plenary meeting is named by the meeting kind. */
export type ItemTypeTerm = 'task' | 'opinion' | 'minutes' | 'plenary';
export const ITEM_TYPE_TERMS: Terms<ItemTypeTerm> = {
  task: { zh: '议定事项', en: 'task' },
  opinion: { zh: '书面意见', en: 'opinion' },
  minutes: { zh: '会议纪要', en: 'minutes' },
  plenary: MEETING_KIND_TERMS.plenary,
};

export const APPROVAL_TERMS: Terms<ApprovalTerm> = {
  pending: { zh: '待审批', en: 'pending' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '未批准', en: 'rejected' },
};

export const OPINION_TERMS: Terms<OpinionTerm> = {
  agree: { zh: '同意', en: 'agree' },
  disagree: { zh: '不同意', en: 'disagree' },
  comment: { zh: '有意见', en: 'comment' },
  none: { zh: '未反馈', en: 'no response' },
};

/** The two kinds of 督办 record. */
export const SUPERVISION_KIND_TERMS: Terms<SupervisionKindTerm> = {
  notice: { zh: '督办通知', en: 'notice' },
  circular: { zh: '督办通报', en: 'circular' },
};

/** Every term table, by name: the catalogue test reads them all. */
export const TERM_TABLES = {
  status: STATUS_TERMS,
  meetingKind: MEETING_KIND_TERMS,
  role: ROLE_TERMS,
  recordKind: RECORD_KIND_TERMS,
  itemType: ITEM_TYPE_TERMS,
  approval: APPROVAL_TERMS,
  opinion: OPINION_TERMS,
  supervisionKind: SUPERVISION_KIND_TERMS,
} as const;

export function statusName(status: StatusTerm, lang: Lang): string {
  return STATUS_TERMS[status][lang];
}

export function kindName(kind: MeetingKindTerm, lang: Lang): string {
  return MEETING_KIND_TERMS[kind][lang];
}

export function roleName(role: RoleTerm, lang: Lang): string {
  return ROLE_TERMS[role][lang];
}

export function recordKindName(kind: RecordKindTerm, lang: Lang): string {
  return RECORD_KIND_TERMS[kind][lang];
}

export function approvalName(state: ApprovalTerm, lang: Lang): string {
  return APPROVAL_TERMS[state][lang];
}

export function opinionName(opinion: OpinionTerm, lang: Lang): string {
  return OPINION_TERMS[opinion][lang];
}

export function supervisionKindName(kind: SupervisionKindTerm, lang: Lang): string {
  return SUPERVISION_KIND_TERMS[kind][lang];
}

/**
 * The values of a table as a comment lists the choices: `leader 组长 | deputy 副组长 | member 成员` in Chinese,
 * `leader | deputy | member` in English (the values are English words already).
 */
export function termChoices<K extends string>(table: Terms<K>, keys: readonly K[], lang: Lang): string {
  return keys.map((k) => (lang === 'zh' ? `${k} ${table[k].zh}` : k)).join(' | ');
}

// ---- Numbers and dates ----------------------------------------------------------------------------------

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; 0 → 零; 100 and more, negatives and fractions in Arabic digits. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025-03-20 → 2025年3月20日 / 20 March 2025. */
export function dateText(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

// ---- Seats ----------------------------------------------------------------------------------------------

export interface SeatFacts {
  unit: string;
  position?: string;
}

export interface SeatNaming {
  /** Add the post: 县民政局局长 / 县民政局 局长 (where two seats of one unit would read as one). */
  post?: boolean;
  /** Add the member id: 县财政局(cz) / 县财政局 (cz) (in diagnostics, where the id is what one edits). */
  id?: string;
}

/**
 * The one way a seat is named: by its unit, with the post or the member id when asked. An unknown seat
 * (undefined) is named by its id in quotes: “cz” / "cz".
 */
export function seatName(seat: SeatFacts | undefined, lang: Lang, how: SeatNaming = {}): string {
  if (!seat) return lang === 'zh' ? `“${how.id ?? ''}”` : `"${how.id ?? ''}"`;
  let name = seat.unit;
  if (how.post && seat.position) name = lang === 'zh' ? `${name}${seat.position}` : `${name} ${seat.position}`;
  if (how.id !== undefined) name = lang === 'zh' ? `${name}(${how.id})` : `${name} (${how.id})`;
  return name;
}

/** seatName in both languages. */
export function seatNames(seat: SeatFacts | undefined, how: SeatNaming = {}): Message {
  return { zh: seatName(seat, 'zh', how), en: seatName(seat, 'en', how) };
}

/** 县民政局、县财政局 / 县民政局, 县财政局. */
export function listText(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** Names said in both languages, listed: 县民政局、县财政局 / 县民政局, 县财政局 (or joined by `separator`). */
export function listNames(items: readonly Message[], separator: string | Message = { zh: '、', en: ', ' }): Message {
  const sep = typeof separator === 'string' ? { zh: separator, en: separator } : separator;
  return { zh: items.map((i) => i.zh).join(sep.zh), en: items.map((i) => i.en).join(sep.en) };
}
