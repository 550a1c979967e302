// The one diagnostics shape that every check and rule produces and every report format reads.

/** A note names something the user should know (a document yishi cannot read); it never fails a check. */
export type Severity = 'error' | 'warning' | 'note';
export type Lang = 'zh' | 'en';

/** A message in both languages; reports pick one. */
export interface Message {
  zh: string;
  en: string;
}

export interface Diagnostic {
  /** Path relative to the record folder, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  /** The rule or check id, e.g. `schema`, `reference`, `plenary-per-year`. */
  rule: string;
  message: Message;
}

export interface Position {
  line: number;
  column: number;
}

/** One step of a path into a record's data: a key, or the index of a list item. */
export type PathSegment = string | number;

export function message(zh: string, en: string): Message {
  return { zh, en };
}

/** Sort by file, then line, then column, then rule: the order every report prints. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
