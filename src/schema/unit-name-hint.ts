// A clerk often writes the unit's name where a member id belongs (`lead: 民政局`): say which id was meant.
import type { Message } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { SCHEMA } from '../i18n/schema.js';
import { listNames } from '../i18n/vocabulary.js';

export interface UnitOfMember {
  id: string;
  unit: string;
}

export function unitNameHint(units: readonly UnitOfMember[], value: string): Message | undefined {
  if (!/\P{ASCII}/u.test(value)) return undefined;
  // 县 at the start: the name without it.
  const bare = (s: string): string => s.replace(/^\u53bf/, '');
  const named = units.filter((m) => m.unit === value || bare(m.unit) === bare(value) || m.unit.includes(value));
  const ids = [...new Set(named.map((m) => m.id))];
  if (ids.length === 0) return undefined;
  const each = named.map((m) => say(SCHEMA, 'unitsId', { unit: m.unit, id: m.id }));
  return say(SCHEMA, 'unitNameForId', { list: listNames(each, say(SCHEMA, 'unitsSeparator')) });
}
