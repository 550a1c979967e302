// Who owns a task now: its lead, or the lead's successor when the lead has left (to the end of the chain).
import type { Records } from './records.js';

export interface Ownership {
  /** The member id that owns the task on the date. */
  owner: string;
  /** The original lead. */
  lead: string;
  /** lead, successor, successor's successor, … ending with owner. */
  chain: string[];
}

/**
 * Follows `successor` from `memberId` while the member has left on or before `date`. A cycle or a missing
 * successor stops the walk (the `succession` rule reports those).
 */
export function ownerOf(records: Records, memberId: string, date: string): Ownership {
  const chain = [memberId];
  let current = memberId;
  for (;;) {
    const member = records.members.get(current)?.data;
    if (!member || member.left === undefined || member.left > date || !member.successor) break;
    if (chain.includes(member.successor)) break;
    current = member.successor;
    chain.push(current);
  }
  return { owner: current, lead: memberId, chain };
}
