// How documents name units and people. People are named as they held the seat on the date in question: a
// holder who took over later never appears in an earlier document.
import { holderOn, liaisonOn, membersInOfficeOn } from '../model/in-office-on.js';
import type { Records } from '../model/records.js';
import type { Member } from '../model/types.js';
import { inline, listText, roleName, t, type Lang } from './wording.js';

/** The unit of a member id (县民政局), or the id itself when the member is unknown. */
export function unitName(records: Records, id: string): string {
  return inline(records.members.get(id)?.data.unit ?? id);
}

export function unitNames(records: Records, ids: readonly string[] | undefined, lang: Lang): string {
  return listText(
    (ids ?? []).map((id) => unitName(records, id)),
    lang,
  );
}

/**
 * Units as a decision names them on `date`: when the list holds every township member in office that day,
 * they are written 各乡(镇)街道 / all townships, in the place of the first of them, as the notice writes it.
 */
export function unitNamesOn(records: Records, ids: readonly string[] | undefined, date: string, lang: Lang): string {
  const list = ids ?? [];
  const townships = membersInOfficeOn(records, date)
    .filter((m) => m.data.level === 'township')
    .map((m) => m.id);
  const all = townships.length >= 2 && townships.every((id) => list.includes(id));
  if (!all) return unitNames(records, list, lang);
  const names: string[] = [];
  let placed = false;
  for (const id of list) {
    if (!townships.includes(id)) names.push(unitName(records, id));
    else if (!placed) {
      names.push(t(lang, '各乡(镇)街道', 'all townships'));
      placed = true;
    }
  }
  return listText(names, lang);
}

/**
 * Names for a list of seats: each by its unit (县民政局), or by unit and post (县民政局局长) where two seats of
 * the list share a unit, as a deputy leader's seat and a member seat of the same bureau do.
 */
export function seatNamer(records: Records, ids: readonly string[], lang: Lang): (id: string) => string {
  const count = new Map<string, number>();
  for (const id of new Set(ids)) count.set(unitName(records, id), (count.get(unitName(records, id)) ?? 0) + 1);
  return (id) => {
    const member = records.members.get(id)?.data;
    const unit = unitName(records, id);
    return member && (count.get(unit) ?? 0) > 1 ? postName(member, lang) : unit;
  };
}

/** 县人民政府副县长 / 县人民政府 副县长. */
export function postName(member: Member, lang: Lang): string {
  return inline(lang === 'zh' ? `${member.unit}${member.position}` : `${member.unit} ${member.position}`);
}

/** The holder's name on `date`, if the seat was held that day. */
export function holderName(records: Records, id: string, date: string): string | undefined {
  const member = records.members.get(id)?.data;
  const holder = member ? holderOn(member, date) : undefined;
  return holder ? inline(holder.name) : undefined;
}

export function liaisonName(records: Records, id: string, date: string): string | undefined {
  const member = records.members.get(id)?.data;
  const liaison = member ? liaisonOn(member, date) : undefined;
  return liaison ? inline(liaison.name) : undefined;
}

/** The office director as the body names them (the body keeps no history of directors). */
export function directorName(records: Records): string | undefined {
  const director = records.body?.data.office.director;
  return director === undefined ? undefined : inline(director);
}

/**
 * Who convened or presided, as an opening paragraph names them: 领导小组组长、县人民政府副县长示例甲 /
 * leader 示例甲 (县人民政府 副县长); the office: 领导小组办公室主任示例乙 / office director 示例乙.
 */
export function presiderPhrase(records: Records, id: string, date: string, lang: Lang): string {
  if (id === 'office') {
    const director = directorName(records) ?? '';
    return t(lang, `领导小组办公室主任${director}`, director ? `office director ${director}` : 'the office director');
  }
  const member = records.members.get(id)?.data;
  if (!member) return inline(id);
  const name = holderName(records, id, date);
  const post = postName(member, lang);
  if (lang === 'zh') {
    const role = member.role === 'member' ? '' : `领导小组${roleName(member.role, 'zh')}、`;
    return `${role}${post}${name ?? ''}`;
  }
  const role = member.role === 'member' ? '' : `${roleName(member.role, 'en')} `;
  return name ? `${role}${name} (${post})` : `the ${post}`;
}

/** A person with their post: 示例甲(县人民政府副县长) / 示例甲 (县人民政府 副县长); the post alone when vacant. */
export function personWithPost(records: Records, id: string, date: string, lang: Lang): string {
  const member = records.members.get(id)?.data;
  if (!member) return inline(id);
  const name = holderName(records, id, date);
  const post = postName(member, lang);
  if (!name) return post;
  return t(lang, `${name}(${post})`, `${name} (${post})`);
}
