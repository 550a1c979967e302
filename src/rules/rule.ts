// The shape of a rule (after ESLint's rule modules): a meta with id, clause, default severity, docs, options
// and the texts of its findings (`messages`), and a check over the loaded records that reports findings at
// the offending node by message key: `context.report(record, path, 'noLead', { what })`. The runner fills the
// text and cites the clause, `[五(四)]`, at its end.
import type { Message, Severity, PathSegment } from '../core/diagnostic.js';
import { defineMessages, type Entry, type ParamArgs, type Params } from '../core/messages.js';
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

/** The text of a finding; `clause` cites another clause of the notice than the rule's ('' cites none). */
export interface RuleEntry extends Entry {
  readonly clause?: string;
}

export type RuleMessages = Readonly<Record<string, RuleEntry>>;

export interface RuleMeta<M extends RuleMessages = RuleMessages> {
  /** Public, stable id that users write in yishi.yaml under `rules:`. */
  id: string;
  /** The clause of the notice the rule enforces, e.g. `五(一)`; empty when none. */
  clause: string;
  /** Default level. */
  severity: Exclude<RuleLevel, 'off'>;
  /** What the rule checks, one sentence each. */
  docs: Message;
  options?: Record<string, RuleOption>;
  /** The texts of the rule's findings, by key, without the clause (the runner adds it). */
  messages: M;
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

/** After the message key: its parameters (when the text has placeholders), then the report options. */
export type ReportArgs<E extends RuleEntry> = string extends E['zh']
  ? [params?: Params, options?: ReportOptions]
  : [...ParamArgs<E>, ReportOptions?];

export interface RuleContext<M extends RuleMessages = RuleMessages> {
  records: Records;
  /** Today in the body's timezone, or --as-of. YYYY-MM-DD. */
  today: string;
  /** The rule's options, defaults merged with the body's settings. */
  options: Record<string, number | boolean | string>;
  /** Report a finding at `path` inside `record` (path [] = the top of the file). */
  report<K extends keyof M & string>(record: Rec<unknown>, path: readonly PathSegment[], key: K, ...args: ReportArgs<M[K]>): void;
}

export interface Rule<M extends RuleMessages = RuleMessages> {
  meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

/** Declare a rule: its messages join the catalogue (and its test), and reports are typed by message key. */
export function defineRule<const M extends RuleMessages>(rule: Rule<M>): Rule<M> {
  defineMessages(rule.meta.messages);
  return rule;
}
