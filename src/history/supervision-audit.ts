// yishi audit for supervision records (督办 [四(二)]): once a notice or circular is committed it has been sent,
// and nothing of it changes but `replies` (only appended to), `closed` and `closed_note`; it is not deleted or
// renamed. Each commit is compared with its parent.
import { defineMessages, say } from '../core/messages.js';
import { parseYaml } from '../load/parse-yaml.js';
import type { Violation } from './audit.js';
import { commitsSince, commitsTouching, textsAt, type CommitChanges, type FileChange } from './commits.js';
import { appendOnlyChanges, fieldChanges, showValue, type FieldChange } from './field-changes.js';
import type { Repository } from './git.js';

/** What may still change once a supervision record is sent. */
export const SUPERVISION_OPEN_FIELDS = ['replies', 'closed', 'closed_note'] as const;

const messages = defineMessages({
  removed: {
    zh: '督办文书“{id}”已在提交 {sent} 中发出,不能删除或改名;本提交删除了它。',
    en: 'Supervision record "{id}" was sent in commit {sent} and cannot be deleted or renamed; this commit removes it.',
  },
  changed: {
    zh: '督办文书“{id}”已在提交 {sent} 中发出,此后只能追加反馈、填写销号;本提交改动了 {field}({before} → {after})。',
    en: 'Supervision record "{id}" was sent in commit {sent}; since then only replies are appended and closed is filled in; this commit changes {field} ({before} → {after}).',
  },
});

type Data = Record<string, unknown> | undefined;

function dataOf(path: string, text: string | undefined): Data {
  if (text === undefined) return undefined;
  const data = parseYaml(path, text).data;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

const idOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.yaml$/, '');

/** The fields of a sent record that a change touched but may not. */
function forbiddenChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const sealed = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !(SUPERVISION_OPEN_FIELDS as readonly string[]).includes(k)));
  const { removed, edited } = appendOnlyChanges('replies', before.replies, after.replies);
  return [...fieldChanges(sealed(before), sealed(after)), ...removed, ...edited];
}

function violationsOf(c: CommitChanges, change: FileChange, sentIn: string, before: Data, after: Data, afterText?: string): Violation[] {
  const id = idOf(change.oldPath);
  const b = { commit: c.commit, author: c.author, email: c.email, date: c.date, meeting: id, sealedIn: sentIn };
  const sent = sentIn.slice(0, 7);
  if (afterText === undefined || idOf(change.path) !== id)
    return [{ ...b, file: change.oldPath, field: '(file)', kind: 'supervision-changed', message: say(messages, 'removed', { id, sent }) }];
  const changes = before && after ? forbiddenChanges(before, after) : [{ field: '(file)', before: undefined, after: undefined }];
  return changes.map((ch) => ({
    ...b,
    file: change.path,
    field: ch.field,
    kind: 'supervision-changed' as const,
    before: ch.before,
    after: ch.after,
    message: say(messages, 'changed', { id, sent, field: ch.field, before: showValue(ch.before), after: showValue(ch.after) }),
  }));
}

export function auditSupervision(repo: Repository, options: { since?: string } = {}): { violations: Violation[]; commits: string[] } {
  const commits = commitsTouching(repo, ['supervision'], { oldestFirst: true });
  const reported = options.since !== undefined ? commitsSince(repo, options.since) : undefined;
  const wanted: Array<{ commit: string; path: string }> = [];
  const slots = commits.map((c) =>
    c.changes
      .filter((ch) => ch.oldPath.startsWith('supervision/') && ch.status !== 'A' && c.parents[0] !== undefined)
      .map((change) => ({
        change,
        before: wanted.push({ commit: c.parents[0]!, path: change.oldPath }) - 1,
        after: change.status === 'D' ? -1 : wanted.push({ commit: c.commit, path: change.path }) - 1,
      })),
  );
  const texts = textsAt(repo, wanted);
  const sentIn = new Map<string, string>(); // path -> commit that added it
  const violations: Violation[] = [];
  commits.forEach((c, i) => {
    for (const ch of c.changes) if (ch.status === 'A' && ch.path.startsWith('supervision/')) sentIn.set(ch.path, c.commit);
    if (reported !== undefined && !reported.has(c.commit)) return;
    for (const { change, before, after } of slots[i]!) {
      const sent = sentIn.get(change.oldPath) ?? c.parents[0]!;
      const afterText = after >= 0 ? texts[after] : undefined;
      const found = violationsOf(c, change, sent, dataOf(change.oldPath, texts[before]), dataOf(change.path, afterText), afterText);
      violations.push(...found);
    }
  });
  return { violations, commits: commits.map((c) => c.commit) };
}
