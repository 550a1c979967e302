// yishi new duty: a duty statement [二]; its id is the holder's (`duties/mz.yaml`) while that is free.
import { recordPathOf } from '../core/record-kinds.js';
import { freeId } from '../model/next-ids.js';
import type { Records } from '../model/records.js';
import type { Change } from './change.js';
import { checkFree, checkNewId, commentLang } from './new-record.js';
import { recordText } from './record-text.js';
import { requireMember } from './write-refused.js';
import { say } from '../core/messages.js';
import { RECORD_COMMENTS } from '../i18n/write.js';

const COLLECTIVE = ['group', 'office', 'townships'] as const;

export interface NewDutyInput {
  id?: string;
  holder: string;
  text: string;
  from: string;
  source?: string;
  order?: number;
  sharesInformation?: boolean;
  /** The holder is a member created in the same write (yishi new member --duty). */
  holderIsNew?: { unit: string };
}

export function newDuty(records: Records, input: NewDutyInput): Change {
  if (!(COLLECTIVE as readonly string[]).includes(input.holder) && !input.holderIsNew) requireMember(records, input.holder, '--holder');
  const id = input.id !== undefined ? checkNewId(records, 'duty', input.id) : freeId(input.holder, records.ids.duty);
  const path = recordPathOf('duty', id);
  checkFree(records, path);
  const orders = [...records.duties.values()].map((d) => d.data.order).filter((o): o is number => o !== undefined);
  const order = input.order ?? records.members.get(input.holder)?.data.order ?? (orders.length ? Math.max(...orders) + 1 : undefined);
  const lang = commentLang(records);
  const unit = input.holderIsNew?.unit ?? records.members.get(input.holder)?.data.unit;
  const text = recordText(
    path,
    'duty',
    [
      { key: 'holder', value: input.holder, comment: say(RECORD_COMMENTS, 'dutyHolder')[lang] },
      { key: 'from', value: input.from },
      { key: 'order', value: order },
      { key: 'source', value: input.source ?? records.body?.data.established.document },
      { key: 'text', value: input.text.endsWith('\n') ? input.text : `${input.text}\n`, style: 'literal' },
      { key: 'shares_information', value: input.sharesInformation ? true : undefined },
    ],
    unit ? [unit] : [],
  );
  return { path, text, created: true };
}
