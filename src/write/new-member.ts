// yishi new member: a seat on the body [一]: role, unit, post and the person who holds it now.
import { recordPathOf } from '../core/record-kinds.js';
import type { Records } from '../model/records.js';
import type { Member } from '../model/types.js';
import type { Change } from './change.js';
import { newDuty } from './new-duty.js';
import { checkFree, checkNewId, commentLang } from './new-record.js';
import { recordText, type Field } from './record-text.js';
import { usageError } from './write-refused.js';
import { say, text } from '../core/messages.js';
import { RECORD_COMMENTS, REFUSED } from '../i18n/write.js';
import { ROLE_TERMS, termChoices } from '../i18n/vocabulary.js';

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
  if (established && input.from < established) throw usageError(say(REFUSED, 'fromBeforeEstablished', { from: input.from, established }));
  const orders = [...records.members.values()].map((m) => m.data.order).filter((o): o is number => o !== undefined);
  const order = input.order ?? (orders.length ? Math.max(...orders) + 1 : records.members.size + 1);
  const lang = commentLang(records);
  const fields: Field[] = [
    { key: 'role', value: input.role, comment: termChoices(ROLE_TERMS, ['leader', 'deputy', 'member'], lang) },
    { key: 'unit', value: input.unit },
    { key: 'position', value: input.position },
    { key: 'level', value: input.level },
    { key: 'order', value: order, comment: text(lang, RECORD_COMMENTS, 'orderInNotice') },
    { key: 'holders', value: [{ name: input.holder, from: input.from }], comment: text(lang, RECORD_COMMENTS, 'holders') },
    input.liaison !== undefined
      ? {
          key: 'liaisons',
          value: [{ name: input.liaison, from: input.from, ...(input.phone ? { phone: input.phone } : {}) }],
          comment: text(lang, RECORD_COMMENTS, 'liaisons'),
        }
      : { todo: text(lang, RECORD_COMMENTS, 'liaisonsTodo') },
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
