// The ids a supervision record names: its unit, its items (a task, or a written-review meeting), who signed it,
// and who replied.
import type { Rec } from '../model/records.js';
import type { Supervision } from '../model/types.js';
import type { Ref } from './references.js';

export function supervisionRefs(rec: Rec<unknown>): Ref[] {
  const s = rec.data as Supervision;
  const refs: Ref[] = [];
  if (s.to !== undefined) refs.push({ path: ['to'], id: s.to, target: 'member' });
  s.items.forEach((id, i) => refs.push({ path: ['items', i], id, target: 'resolution', orTarget: 'meeting' }));
  if (s.signed_by !== undefined) refs.push({ path: ['signed_by'], id: s.signed_by, target: 'member', also: ['office'] });
  (s.replies ?? []).forEach((r, i) => refs.push({ path: ['replies', i, 'by'], id: r.by, target: 'member' }));
  return refs;
}
