// One commit's change to a record, said in the record's own terms: "progress + done (2024-12-20, mz)",
// "due 2024-06-30 → 2024-12-31", "minutes issued".
import type { Message } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { FIELD_NAMES, LOG } from '../i18n/history.js';
import { listNames, STATUS_TERMS, type StatusTerm } from '../i18n/vocabulary.js';
import type { RecordKind } from '../model/types.js';
import { appendOnlyChanges, fieldChanges, isShortScalar, showValue } from './field-changes.js';

/** A field as `log` names it: 落实情况 / progress; a field without a Chinese name is shown by its key. */
function fieldName(field: string): Message {
  return field in FIELD_NAMES ? FIELD_NAMES[field as keyof typeof FIELD_NAMES] : { zh: field, en: field };
}

/** The word of a reported status (the shared vocabulary's), or the value as written when it is none of them. */
function statusWord(status: unknown): Message {
  const known = typeof status === 'string' && status in STATUS_TERMS;
  return known ? STATUS_TERMS[status as StatusTerm] : { zh: String(status), en: String(status) };
}

/** A record's data as a past commit held it: not checked against today's schema, so read with care. */
type Data = Readonly<Record<string, unknown>> | undefined;

/** `value[key]` when value is a mapping, else undefined. */
function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The deadline in force (model/task-state.ts dueDateOf), read from data that may not be valid. */
function dueIn(data: Data): unknown {
  const extensions = fieldOf(data, 'extensions');
  return Array.isArray(extensions) && extensions.length > 0 ? fieldOf(extensions[extensions.length - 1], 'due') : fieldOf(data, 'due');
}

/** A scalar as written; anything else as JSON (a past commit may hold a mapping where a date belongs). */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) return String(value);
  return JSON.stringify(value);
}

const statusOfMinutes = (data: Data): unknown => fieldOf(fieldOf(data, 'minutes'), 'status');

export interface VersionPair {
  kind: RecordKind;
  before?: { path: string; text: string; data: Data };
  after?: { path: string; text: string; data: Data };
}

/** The changes of one commit to one record, each a short bilingual phrase. */
export function describeChange(v: VersionPair): Message[] {
  const { before, after } = v;
  if (!before && !after) return [];
  if (!before) {
    const out: Message[] = [say(LOG, 'created')];
    if (v.kind === 'meeting' && after?.data && statusOfMinutes(after.data) === 'issued') out.push(minutesIssued(after.data));
    return out;
  }
  if (!after) return [say(LOG, 'deleted')];
  const out: Message[] = [];
  if (before.path !== after.path) out.push(say(LOG, 'movedFrom', { path: before.path }));
  const a = before.data;
  const b = after.data;
  if (!a || !b) {
    if (before.text !== after.text) out.push(say(LOG, b ? 'madeValid' : 'madeInvalid'));
    return out;
  }
  const handled = new Set<string>();
  if (v.kind === 'resolution') {
    for (const field of ['progress', 'extensions'] as const) {
      const { removed, edited, appended } = appendOnlyChanges(field, a[field], b[field]);
      if (removed.length + edited.length + appended.length === 0) continue;
      handled.add(field);
      for (const r of removed) out.push(say(LOG, 'entryRemoved', { field: fieldName(field), entry: r.field }));
      for (const e of edited) out.push(say(LOG, 'entryEdited', { entry: e.field, before: showValue(e.before), after: showValue(e.after) }));
      if (field === 'progress')
        for (const p of appended) {
          const reported = { status: statusWord(fieldOf(p, 'status')), date: shown(fieldOf(p, 'date')) };
          const by = fieldOf(p, 'by');
          out.push(by ? say(LOG, 'progressAddedBy', { ...reported, by: shown(by) }) : say(LOG, 'progressAdded', reported));
        }
      else {
        let due = dueIn(a);
        for (const x of appended) {
          out.push(
            say(LOG, 'extended', {
              before: due === undefined ? '∅' : shown(due),
              after: shown(fieldOf(x, 'due')),
              by: shown(fieldOf(x, 'granted_by')),
            }),
          );
          due = fieldOf(x, 'due');
        }
      }
    }
  }
  if (v.kind === 'meeting' && statusOfMinutes(a) !== 'issued' && statusOfMinutes(b) === 'issued') {
    out.push(minutesIssued(b));
    handled.add('minutes');
  }
  for (const ch of fieldChanges(a, b)) {
    const top = ch.field.split(/[.[]/)[0]!;
    if (handled.has(top)) continue;
    out.push(describeField(ch.field, ch.before, ch.after));
  }
  if (out.length === 0 && before.text !== after.text) out.push(say(LOG, 'layoutOnly'));
  return out;
}

function minutesIssued(data: Data): Message {
  const m = fieldOf(data, 'minutes');
  const details = ['number', 'issued', 'signed_by']
    .map((k) => fieldOf(m, k))
    .filter((x) => x !== undefined)
    .map(String);
  return details.length
    ? say(LOG, 'minutesIssuedWith', {
        details: listNames(
          details.map((d) => ({ zh: d, en: d })),
          { zh: ',', en: ', ' },
        ),
      })
    : say(LOG, 'minutesIssued');
}

function describeField(field: string, before: unknown, after: unknown): Message {
  const name = fieldName(field);
  if (Array.isArray(before) || Array.isArray(after)) {
    const a: unknown[] = Array.isArray(before) ? before : [];
    const b: unknown[] = Array.isArray(after) ? after : [];
    if ([...a, ...b].every((x) => typeof x === 'string')) {
      const added = (b as string[]).filter((x) => !a.includes(x));
      const gone = (a as string[]).filter((x) => !b.includes(x));
      const parts = [...(added.length ? [`+ ${added.join(', ')}`] : []), ...(gone.length ? [`− ${gone.join(', ')}`] : [])];
      if (parts.length) return say(LOG, 'listChanged', { field: name, parts: parts.join(' ') });
      return say(LOG, 'reordered', { field: name });
    }
    if (b.length > a.length) return say(LOG, 'itemsAdded', { field: name, n: b.length - a.length });
    return say(LOG, 'changed', { field: name });
  }
  if (before === undefined)
    return isShortScalar(after) ? say(LOG, 'valueAdded', { field: name, value: showValue(after) }) : say(LOG, 'filled', { field: name });
  if (after === undefined) return say(LOG, 'removed', { field: name });
  if (isShortScalar(before) && isShortScalar(after))
    return say(LOG, 'valueChanged', { field: name, before: showValue(before), after: showValue(after) });
  return say(LOG, 'changed', { field: name });
}
