// seat-holders [一]: a seat is held by one person at a time. The periods of its holders (and of its liaisons)
// run oldest first, each ends before the next begins, and none ends before it starts. A seat that attended a
// meeting had a holder that day; at a liaison meeting, a liaison (or a named person attending for the seat).
import { message, type Message } from '../core/diagnostic.js';
import { attendeeId, holderOn, inOfficeOn, liaisonOn } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import { defineRule } from './rule.js';

const PERIOD_KINDS: Record<'holders' | 'liaisons', { one: Message; list: string }> = {
  holders: { one: message('担任者', 'holder'), list: 'holders' },
  liaisons: { one: message('联络员', 'liaison'), list: 'liaisons' },
};

export const rule = defineRule({
  meta: {
    id: 'seat-holders',
    clause: '一',
    severity: 'error',
    docs: message(
      '席位担任者和联络员的任职时段按先后排列、互不重叠;出席会议的席位在会议当天有担任者(联络员会议为联络员)。',
      'Holder and liaison periods are in order and never overlap; a seat that attended a meeting had a holder that day (at a liaison meeting, a liaison).',
    ),
    messages: {
      endsBeforeStart: {
        zh: '{kind}{name}的任职结束日期 {to} 早于开始日期 {from};请核对日期。',
        en: 'The {kind} {name} ends ({to}) before starting ({from}); check the dates.',
      },
      outOfOrder: {
        zh: '{list} 要按任职先后排列(先任在前):{name}自 {from} 起,早于排在前面的 {prevName}({prevFrom} 起)。请调整顺序或核对日期。',
        en: '{list} go oldest first: {name} from {from} starts before {prevName} above (from {prevFrom}). Reorder them or check the dates.',
      },
      noEnd: {
        zh: '{kind}{name}没有写任职结束日期(to),但之后 {pName} 自 {from} 起接任;同一席位同一时间只能有一位{kind}。请给 {name} 填写 to(接任前一天)。',
        en: 'The {kind} {name} has no end date (to), yet {pName} took over from {from}; a seat has one {kind} at a time. Give {name} a to date (the day before the handover).',
      },
      overlap: {
        zh: '{kind}{name}自 {from} 起任职,与前任 {prevName}(至 {to})的任职时段重叠;同一席位同一时间只能有一位{kind}。请核对交接日期。',
        en: 'The {kind} {name} from {from} overlaps {prevName} (until {to}); a seat has one {kind} at a time. Check the date of the handover.',
      },
      noLiaison: {
        zh: '{who}在 {date} 没有在任的联络员(见 {file} 的 liaisons),却列为出席联络员会议。请在 {file} 补全联络员及任职日期;如果是别人代表该单位出席,请写成 {example}。',
        en: '{who} had no liaison on {date} (see liaisons in {file}), yet is listed at this liaison meeting. Complete the liaisons and their dates in {file}; if someone else attended for the unit, write {example}.',
      },
      noHolder: {
        zh: '{who}在 {date} 没有在任的担任者(见 {file} 的 holders),却列为出席。请在 {file} 补全担任者及任职日期,或更正出席名单。',
        en: '{who} had no holder on {date} (see holders in {file}), yet is listed as attending. Complete the holders and their dates in {file}, or correct the list of attendees.',
      },
    },
  },
  check(context) {
    const { records } = context;

    for (const member of records.members.values()) {
      for (const list of ['holders', 'liaisons'] as const) {
        const periods = member.data[list] ?? [];
        const kind = PERIOD_KINDS[list].one;
        periods.forEach((p, i) => {
          if (p.to !== undefined && p.to < p.from) {
            context.report(member, [list, i, 'to'], 'endsBeforeStart', { kind, name: p.name, to: p.to, from: p.from });
          }
          const prev = i > 0 ? periods[i - 1] : undefined;
          if (!prev) return;
          if (p.from < prev.from) {
            context.report(member, [list, i, 'from'], 'outOfOrder', {
              list,
              name: p.name,
              from: p.from,
              prevName: prev.name,
              prevFrom: prev.from,
            });
          } else if (prev.to === undefined) {
            context.report(member, [list, i - 1], 'noEnd', { kind, name: prev.name, pName: p.name, from: p.from });
          } else if (p.from <= prev.to) {
            context.report(member, [list, i, 'from'], 'overlap', { kind, name: p.name, from: p.from, prevName: prev.name, to: prev.to });
          }
        });
      }
    }

    for (const meeting of records.meetings.values()) {
      const m = meeting.data;
      (m.attendees ?? []).forEach((a, i) => {
        const member = records.members.get(attendeeId(a));
        // An unknown id is the reference check's, a seat not on the body that day the attendance rule's.
        if (!member || !inOfficeOn(member.data, m.date, records)) return;
        const who = memberLabel(records, member.id);
        const file = member.file.path;
        if (m.kind === 'liaison') {
          if (liaisonOn(member.data, m.date) || (typeof a !== 'string' && a.name !== undefined)) return;
          context.report(meeting, ['attendees', i], 'noLiaison', {
            who,
            date: m.date,
            file,
            example: { zh: `{member: ${member.id}, name: 出席人姓名}`, en: `{member: ${member.id}, name: <who attended>}` },
          });
          return;
        }
        if (holderOn(member.data, m.date)) return;
        context.report(meeting, ['attendees', i], 'noHolder', { who, date: m.date, file });
      });
    }
  },
});
