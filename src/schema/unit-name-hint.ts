// A clerk often writes the unit's name where a member id belongs (`lead: 民政局`): say which id was meant.
import type { Message } from '../core/diagnostic.js';

export interface UnitOfMember {
  id: string;
  unit: string;
}

export function unitNameHint(units: readonly UnitOfMember[], value: string): Message | undefined {
  if (!/\P{ASCII}/u.test(value)) return undefined;
  const bare = (s: string): string => s.replace(/^县/, '');
  const named = units.filter((m) => m.unit === value || bare(m.unit) === bare(value) || m.unit.includes(value));
  const ids = [...new Set(named.map((m) => m.id))];
  if (ids.length === 0) return undefined;
  const listZh = named.map((m) => `${m.unit} 的 id 是“${m.id}”`).join(',');
  const listEn = named.map((m) => `the id of ${m.unit} is "${m.id}"`).join(', ');
  return {
    zh: `这里要写成员 id,不是单位名称:${listZh}。`,
    en: `Write the member id, not the unit's name: ${listEn}.`,
  };
}
