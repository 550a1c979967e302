// duty-coverage [二]: every member in office today has a duty statement in force today (its own; townships also
// through `holder: townships`, the leader and deputies through `group`), and the duty periods of one holder do
// not overlap.
import { message } from '../core/diagnostic.js';
import { dutyInForceOn, inOfficeOn } from '../model/in-office-on.js';
import { memberLabel } from '../model/member-label.js';
import { mayBeMissingFrom, type Rec, type Records } from '../model/records.js';
import type { Duty, Member } from '../model/types.js';
import { defineRule } from './rule.js';

/** The duty holders whose statement covers a member: its own id, and `townships` or `group` by its place. */
function holdersFor(member: Rec<Member>): string[] {
  const holders = [member.id];
  if (member.data.level === 'township') holders.push('townships');
  if (member.data.role === 'leader' || member.data.role === 'deputy') holders.push('group');
  return holders;
}

function holderName(records: Records, holder: string): { zh: string; en: string } {
  if (holder === 'group') return { zh: '领导小组(group)', en: 'the body (group)' };
  if (holder === 'office') return { zh: '办公室(office)', en: 'the office (office)' };
  if (holder === 'townships') return { zh: '各乡(镇)街道(townships)', en: 'the townships (townships)' };
  return memberLabel(records, holder);
}

export const rule = defineRule({
  meta: {
    id: 'duty-coverage',
    clause: '二',
    severity: 'error',
    docs: message(
      '每个在任成员今天都有现行有效的职责(乡镇、街道可适用 townships 职责,组长、副组长适用 group 职责);同一职责主体的各份职责有效期不重叠。',
      'Every member in office today has a duty statement in force today (townships through `holder: townships`, leader and deputies through `group`); duty periods of one holder do not overlap.',
    ),
    messages: {
      noDutyLeading: {
        zh: '{who}今天({today})没有现行有效的职责。通知第二部分为每个成员单位规定了职责:请新建 duties/<id>.yaml 写明领导小组职责(holder: group),或写明 holder: {id} 的职责;若原职责已废止,请补充新的职责。',
        en: "{who} has no duty statement in force today ({today}). Section 二 of the notice gives every member its duties: add a duty statement under duties/ with holder: group (the body's duties), or one with holder: {id}; if the old one was superseded, add the new one.",
      },
      noDutyTownship: {
        zh: '{who}今天({today})没有现行有效的职责。通知第二部分为每个成员单位规定了职责:请新建 duties/<id>.yaml 写明各乡(镇)街道职责(holder: townships),或写明 holder: {id} 的职责;若原职责已废止,请补充新的职责。',
        en: '{who} has no duty statement in force today ({today}). Section 二 of the notice gives every member its duties: add a duty statement under duties/ with holder: townships, or one with holder: {id}; if the old one was superseded, add the new one.',
      },
      noDutyOwn: {
        zh: '{who}今天({today})没有现行有效的职责。通知第二部分为每个成员单位规定了职责:请新建 duties/{id}.yaml(holder: {id}),写明该单位在领导小组中的职责;若原职责已废止,请补充新的职责。',
        en: '{who} has no duty statement in force today ({today}). Section 二 of the notice gives every member its duties: add duties/{id}.yaml with holder: {id}, stating what the unit does on the body; if the old one was superseded, add the new one.',
      },
      endsBeforeStart: {
        zh: '职责的失效日期 {to} 早于生效日期 {from};请核对日期。',
        en: 'The duty ends ({to}) before it starts ({from}); check the dates.',
      },
      overlapUntil: {
        zh: '{name}的职责有效期重叠:本职责自 {from} 起生效,而 {path} 到 {until} 才失效。新职责生效时,请在原职责上写 to(新职责生效前一天)。',
        en: 'Duty periods of {name} overlap: this one starts on {from}, but {path} runs until {until}. When a new statement takes effect, give the old one a `to` (the day before).',
      },
      overlapOpen: {
        zh: '{name}的职责有效期重叠:本职责自 {from} 起生效,而 {path} 仍然有效(没有 to)。新职责生效时,请在原职责上写 to(新职责生效前一天)。',
        en: 'Duty periods of {name} overlap: this one starts on {from}, but {path} is still in force (no to). When a new statement takes effect, give the old one a `to` (the day before).',
      },
    },
  },
  check(context) {
    const { records, today } = context;
    const duties = [...records.duties.values()];
    // A duty file that could not be read may be the missing statement: its own finding comes first.
    const dutiesUnreadable = mayBeMissingFrom(records, 'duties/');
    for (const member of dutiesUnreadable ? [] : records.members.values()) {
      if (!inOfficeOn(member.data, today, records)) continue;
      const holders = holdersFor(member);
      if (duties.some((d) => holders.includes(d.data.holder) && dutyInForceOn(d.data, today))) continue;
      const who = memberLabel(records, member.id);
      const township = member.data.level === 'township';
      const leading = member.data.role === 'leader' || member.data.role === 'deputy';
      context.report(
        member,
        leading ? ['role'] : township ? ['level'] : ['unit'],
        leading ? 'noDutyLeading' : township ? 'noDutyTownship' : 'noDutyOwn',
        { who, today, id: member.id },
      );
    }

    const byHolder = new Map<string, Rec<Duty>[]>();
    for (const duty of duties) {
      const d = duty.data;
      if (d.to !== undefined && d.to < d.from) {
        context.report(duty, ['to'], 'endsBeforeStart', { to: d.to, from: d.from });
        continue;
      }
      byHolder.set(d.holder, [...(byHolder.get(d.holder) ?? []), duty]);
    }
    for (const [holder, list] of byHolder) {
      const sorted = [...list].sort((a, b) =>
        a.data.from !== b.data.from ? (a.data.from < b.data.from ? -1 : 1) : a.file.path < b.file.path ? -1 : 1,
      );
      let latest: Rec<Duty> | undefined;
      for (const duty of sorted) {
        if (latest && (latest.data.to === undefined || latest.data.to >= duty.data.from)) {
          const name = holderName(records, holder);
          const until = latest.data.to ?? '';
          context.report(duty, ['from'], until ? 'overlapUntil' : 'overlapOpen', {
            name,
            from: duty.data.from,
            path: latest.file.path,
            until,
          });
        }
        if (!latest || (latest.data.to !== undefined && (duty.data.to === undefined || duty.data.to > latest.data.to))) latest = duty;
      }
    }
  },
});
