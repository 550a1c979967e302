// The shape of a rule (after ESLint's rule modules): a meta with id, clause, default severity, docs and
// options, and a check over the loaded records that reports findings at the offending node.
import type { Message, Severity, PathSegment } from '../core/diagnostic.js';
import type { Rec, Records } from '../model/records.js';

export type RuleLevel = 'off' | 'warn' | 'error';

export interface RuleOption {
  type: 'integer' | 'boolean' | 'string';
  default: number | boolean | string;
  /** Smallest allowed value, for integers. */
  minimum?: number;
  /** The allowed values, for strings. */
  choices?: readonly string[];
  docs: Message;
}

export interface RuleMeta {
  /** Public, stable id that users write in yishi.yaml under `rules:`. */
  id: string;
  /** The clause of the notice the rule enforces, e.g. `五(一)`; empty when none. */
  clause: string;
  /** Default level. */
  severity: Exclude<RuleLevel, 'off'>;
  /** What the rule checks, one sentence each. */
  docs: Message;
  options?: Record<string, RuleOption>;
}

export interface ReportOptions {
  /** Point at the key instead of the value. */
  on?: 'key' | 'value';
  /**
   * A finding that is only a warning even when the rule is at `error` (e.g. the current year without a
   * plenary yet). When the rule is configured `warn`, every finding is a warning.
   */
  severity?: Severity;
}

export interface RuleContext {
  records: Records;
  /** Today in the body's timezone, or --as-of. YYYY-MM-DD. */
  today: string;
  /** The rule's options, defaults merged with the body's settings. */
  options: Record<string, number | boolean | string>;
  /** Report a finding at `path` inside `record` (path [] = the top of the file). */
  report(record: Rec<unknown>, path: readonly PathSegment[], message: Message, options?: ReportOptions): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
