// yishi new member: a seat on the body [一]: role, unit, post and the person who holds it now.
import { recordPathOf } from '../core/record-kinds.js';
import type { Records } from '../model/records.js';
import type { Member } from '../model/types.js';
import type { Change } from './change.js';
import { newDuty } from './new-duty.js';
import { checkFree, checkNewId, commentLang } from './new-record.js';
import { recordText, type Field } from './record-text.js';
import { usageError } from './write-refused.js';

export interface NewMemberInput {
  id?: string;
  role: Member['role'];
  unit: string;
  position: string;
  holder: string;
  /** The holder serves from, and the seat joined on, this date. */
  from: string;
  level?: Member['level'];
  order?: number;
  liaison?: string;
  phone?: string;
  /** The member's duty statement, written as duties/<id>.yaml in the same change. */
  duty?: string;
}

export function newMember(records: Records, input: NewMemberInput): Change[] {
  const id = input.id !== undefined ? checkNewId(records, 'member', input.id) : nextNumbered(records);
  const path = recordPathOf('member', id);
  checkFree(records, path);
  const established = records.body?.data.established.date;
  if (established && input.from < established)
    throw usageError(
      `--from ${input.from} 早于领导小组成立日期 ${established}。`,
      `--from ${input.from} is before the body was established (${established}).`,
    );
  const orders = [...records.members.values()].map((m) => m.data.order).filter((o): o is number => o !== undefined);
  const order = input.order ?? (orders.length ? Math.max(...orders) + 1 : records.members.size + 1);
  const zh = commentLang(records) === 'zh';
  const fields: Field[] = [
    { key: 'role', value: input.role, comment: zh ? 'leader 组长 | deputy 副组长 | member 成员' : 'leader | deputy | member' },
    { key: 'unit', value: input.unit },
    { key: 'position', value: input.position },
    { key: 'level', value: input.level },
    { key: 'order', value: order, comment: zh ? '在通知中的排列顺序' : 'place in the notice' },
    { key: 'holders', value: [{ name: input.holder, from: input.from }], comment: zh ? '担任者,先任在前' : 'holders, oldest first' },
    input.liaison !== undefined
      ? { key: 'liaisons', value: [{ name: input.liaison, from: input.from, ...(input.phone ? { phone: input.phone } : {}) }], comment: zh ? '联络员' : 'liaison officers' }
      : { todo: zh ? 'liaisons: 联络员(name、from,可选 phone 办公电话)' : 'liaisons: liaison officers (name, from, optional work phone)' },
    { key: 'joined', value: established !== undefined && input.from !== established ? input.from : undefined },
  ];
  const member: Change = { path, text: recordText(path, 'member', fields), created: true };
  if (input.duty === undefined) return [member];
  return [member, newDuty(records, { holder: id, text: input.duty, from: input.from, order, holderIsNew: { unit: input.unit } })];
}

/** `member-N`: the first number not yet used. */
function nextNumbered(records: Records): string {
  for (let n = 1; ; n++) if (!records.ids.member.has(`member-${n}`)) return `member-${n}`;
}
