// `yishi audit --format json`: {"violations":[…],"notes":[…],"summary":{commits,sealed_meetings,violations}}.
import type { Lang } from '../core/diagnostic.js';
import type { AuditResult, Violation } from '../history/audit.js';

export function formatAuditJson(result: AuditResult, lang: Lang): string {
  const shown = (v: Violation) => ({
    commit: v.commit,
    author: v.author,
    email: v.email,
    date: v.date,
    file: v.file,
    field: v.field,
    kind: v.kind,
    meeting: v.meeting,
    sealed_in: v.sealedIn,
    ...(v.before !== undefined ? { before: v.before } : {}),
    ...(v.after !== undefined ? { after: v.after } : {}),
    message: v.message[lang],
  });
  const out = {
    violations: result.violations.map(shown),
    notes: result.notes.map(shown),
    summary: { commits: result.commits, sealed_meetings: result.sealedMeetings, violations: result.violations.length },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
