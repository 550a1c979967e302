// Who sat on the body on a date. A seat is a member from `joined` (inclusive) until `left` (the day the seat
// ended: no longer a member that day). Holder, liaison and duty periods run from `from` to `to`, both inclusive.
import type { Records, Rec } from './records.js';
import type { Attendee, Duty, Member, Period } from './types.js';

export function joinedOf(member: Member, records: Records): string {
  return member.joined ?? records.body?.data.established.date ?? '0000-01-01';
}

/** The seat existed on `date`: joined on or before it and not yet left. */
export function inOfficeOn(member: Member, date: string, records: Records): boolean {
  return joinedOf(member, records) <= date && (member.left === undefined || date < member.left);
}

export function membersInOfficeOn(records: Records, date: string): Rec<Member>[] {
  return [...records.members.values()].filter((m) => inOfficeOn(m.data, date, records));
}

export function periodCovers(period: { from: string; to?: string }, date: string): boolean {
  return period.from <= date && (period.to === undefined || date <= period.to);
}

/** The person who held the seat on `date`, if any. */
export function holderOn(member: Member, date: string): Period | undefined {
  return member.holders.find((h) => periodCovers(h, date));
}

export function liaisonOn(member: Member, date: string): Period | undefined {
  return (member.liaisons ?? []).find((h) => periodCovers(h, date));
}

export function dutyInForceOn(duty: Duty, date: string): boolean {
  return periodCovers(duty, date);
}

/** The member id of an attendee entry (`zz` or `{member: cz, name, on_behalf}`). */
export function attendeeId(attendee: Attendee): string {
  return typeof attendee === 'string' ? attendee : attendee.member;
}
