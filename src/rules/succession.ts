// succession [一]: "若遇机构或人员变动,由相应接替机构或人员继续履职": a seat that ended and names a successor hands
// over to a member that was on the body by then, and the chain of successors ends somewhere.
import { listNames } from '../i18n/vocabulary.js';
import { message } from '../core/diagnostic.js';
import { joinedOf } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import { defineRule } from './rule.js';

export const rule = defineRule({
  meta: {
    id: 'succession',
    clause: '一',
    severity: 'error',
    docs: message(
      '撤销的席位所写的接替成员已在该席位撤销之日或之前加入领导小组、当日仍在任,接替关系不构成循环。',
      'A successor had joined on or before the day its predecessor left and was still in office then, and the chain of successors has no cycle.',
    ),
    messages: {
      succeedsItself: {
        zh: '{who}不能接替自己。请写承接其职责和未办结事项的成员;没有接替单位的,删除 successor。',
        en: '{who} cannot succeed itself. Write the member that takes over its duties and open tasks, or remove successor if none does.',
      },
      joinedLate: {
        zh: '接替成员{heir}于 {joined} 才加入领导小组,晚于本席位撤销之日 {left};中间的事项无人承接。请核对本席位的 left 或接替成员的 joined,使接替成员不晚于 {left} 加入。',
        en: "The successor {heir} joined on {joined}, after this seat ended on {left}, leaving a gap with nobody in charge. Check this seat's left or the successor's joined so that it joined by {left}.",
      },
      endedFirst: {
        zh: '接替成员{heir}的席位已于 {heirLeft} 撤销,不晚于本席位撤销之日 {left},无法接替。请写届时仍在任的接替成员。',
        en: 'The successor {heir} had itself ended on {heirLeft}, by the day this seat ended ({left}), so it cannot take over. Write a successor still in office then.',
      },
      loop: {
        zh: '接替关系构成循环:{chain}。事项的承接单位无法确定;请把链条末端改为仍在任的成员。',
        en: 'The chain of successors is a loop: {chain}. Nobody ends up in charge; end the chain at a member still in office.',
      },
    },
  },
  check(context) {
    const { records } = context;
    for (const member of records.members.values()) {
      const m = member.data;
      if (m.successor === undefined || m.left === undefined) continue;
      const next = records.members.get(m.successor);
      if (!next) continue; // a missing id is the `reference` check's finding
      const who = memberLabel(records, member.id);
      const heir = memberLabel(records, next.id);
      if (next.id === member.id) {
        context.report(member, ['successor'], 'succeedsItself', { who });
        continue;
      }
      const joined = joinedOf(next.data, records);
      if (joined > m.left) {
        context.report(member, ['successor'], 'joinedLate', { heir, joined, left: m.left });
      } else if (next.data.left !== undefined && next.data.left <= m.left) {
        context.report(member, ['successor'], 'endedFirst', { heir, heirLeft: next.data.left, left: m.left });
      }
      // Follow the chain; report here only when it comes back to this member (every member of a cycle is told).
      const chain = [member.id];
      let current = next;
      while (current.data.successor !== undefined && current.data.left !== undefined) {
        chain.push(current.id);
        if (current.data.successor === member.id) {
          const names = [...chain, member.id].map((id) => memberLabel(records, id));
          context.report(member, ['successor'], 'loop', { chain: listNames(names, ' → ') });
          break;
        }
        const after = records.members.get(current.data.successor);
        if (!after || chain.includes(after.id)) break;
        current = after;
      }
    }
  },
});
