// succession [一]: "若遇机构或人员变动,由相应接替机构或人员继续履职": a seat that ended and names a successor hands
// over to a member that was on the body by then, and the chain of successors ends somewhere.
import { message } from '../core/diagnostic.js';
import { joinedOf } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  meta: {
    id: 'succession',
    clause: '一',
    severity: 'error',
    docs: message(
      '撤销的席位所写的接替成员已在该席位撤销之日或之前加入领导小组、当日仍在任,接替关系不构成循环。',
      'A successor had joined on or before the day its predecessor left and was still in office then, and the chain of successors has no cycle.',
    ),
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
        context.report(
          member,
          ['successor'],
          message(
            `${who.zh}不能接替自己。请写承接其职责和未办结事项的成员;没有接替单位的,删除 successor [一]。`,
            `${who.en} cannot succeed itself. Write the member that takes over its duties and open tasks, or remove successor if none does [一].`,
          ),
        );
        continue;
      }
      const joined = joinedOf(next.data, records);
      if (joined > m.left) {
        context.report(
          member,
          ['successor'],
          message(
            `接替成员${heir.zh}于 ${joined} 才加入领导小组,晚于本席位撤销之日 ${m.left};中间的事项无人承接。请核对本席位的 left 或接替成员的 joined,使接替成员不晚于 ${m.left} 加入 [一]。`,
            `The successor ${heir.en} joined on ${joined}, after this seat ended on ${m.left}, leaving a gap with nobody in charge. Check this seat's left or the successor's joined so that it joined by ${m.left} [一].`,
          ),
        );
      } else if (next.data.left !== undefined && next.data.left <= m.left) {
        context.report(
          member,
          ['successor'],
          message(
            `接替成员${heir.zh}的席位已于 ${next.data.left} 撤销,不晚于本席位撤销之日 ${m.left},无法接替。请写届时仍在任的接替成员 [一]。`,
            `The successor ${heir.en} had itself ended on ${next.data.left}, by the day this seat ended (${m.left}), so it cannot take over. Write a successor still in office then [一].`,
          ),
        );
      }
      // Follow the chain; report here only when it comes back to this member (every member of a cycle is told).
      const chain = [member.id];
      let current = next;
      while (current.data.successor !== undefined && current.data.left !== undefined) {
        chain.push(current.id);
        if (current.data.successor === member.id) {
          const names = [...chain, member.id].map((id) => memberLabel(records, id));
          context.report(
            member,
            ['successor'],
            message(
              `接替关系构成循环:${names.map((n) => n.zh).join(' → ')}。事项的承接单位无法确定;请把链条末端改为仍在任的成员 [一]。`,
              `The chain of successors is a loop: ${names.map((n) => n.en).join(' → ')}. Nobody ends up in charge; end the chain at a member still in office [一].`,
            ),
          );
          break;
        }
        const after = records.members.get(current.data.successor);
        if (!after || chain.includes(after.id)) break;
        current = after;
      }
    }
  },
};
