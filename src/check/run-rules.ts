// Run the rules over the records with the body's settings (`rules:` in yishi.yaml), and check those settings.
import { didYouMean } from '../core/did-you-mean.js';
import type { Diagnostic, Message, Position, Severity } from '../core/diagnostic.js';
import { placeholders, say, sayEntry, type Params } from '../core/messages.js';
import { unknownName } from '../core/unknown-id.js';
import { CHECK } from '../i18n/check.js';
import { listNames } from '../i18n/vocabulary.js';
import { sourceIndexOf, type SourceIndex } from '../load/source-index.js';
import type { Records } from '../model/records.js';
import { RULES } from '../rules/index.js';
import type { ReportOptions, Rule, RuleContext, RuleEntry, RuleLevel, RuleOption } from '../rules/rule.js';

export interface RuleConfig {
  level: RuleLevel;
  options: Record<string, number | boolean | string>;
}

function defaults(rule: Rule): Record<string, number | boolean | string> {
  return Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, o]) => [k, o.default]));
}

/** The effective configuration of every rule, for commands that do not report on yishi.yaml's settings. */
export function ruleConfig(records: Records, rules: readonly Rule[] = RULES): Map<string, RuleConfig> {
  return resolveRuleConfig(records, sourceIndexOf([]), rules).config;
}

/** A rule id in yishi.yaml that names no rule, with the closest one. */
function unknownRule(file: string, id: string, ids: readonly string[], source: SourceIndex): Diagnostic {
  return {
    file,
    ...source.positionOf(file, ['rules', id], 'key'),
    severity: 'error',
    rule: 'rules-config',
    message: unknownName({ id, kind: say(CHECK, 'rule'), known: ids, otherwise: say(CHECK, 'listRules') }),
  };
}

/** The effective configuration of every rule, and findings for unknown rule ids or options in yishi.yaml. */
export function resolveRuleConfig(
  records: Records,
  source: SourceIndex,
  rules: readonly Rule[] = RULES,
): {
  config: Map<string, RuleConfig>;
  diagnostics: Diagnostic[];
} {
  const config = new Map<string, RuleConfig>();
  for (const rule of rules) config.set(rule.meta.id, { level: rule.meta.severity, options: defaults(rule) });
  const diagnostics: Diagnostic[] = [];
  const body = records.body;
  const settings = body?.data.rules ?? {};
  const ids = rules.map((r) => r.meta.id);
  for (const [id, setting] of Object.entries(settings)) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule || !body) {
      if (body) diagnostics.push(unknownRule(body.file.path, id, ids, source));
      continue;
    }
    const entry = config.get(id)!;
    if (typeof setting === 'string') {
      entry.level = setting;
      continue;
    }
    const s = setting;
    if (s.severity) entry.level = s.severity;
    for (const [name, value] of Object.entries(s)) {
      if (name === 'severity') continue;
      const opt = rule.meta.options?.[name];
      // Only a finding needs the position (finding it may parse yishi.yaml with the precise parser).
      const where = (): Position => source.positionOf(body.file.path, ['rules', id, name], opt ? 'value' : 'key');
      if (!opt) {
        const known = Object.keys(rule.meta.options ?? {});
        const close = didYouMean(name, known);
        diagnostics.push({
          file: body.file.path,
          ...where(),
          severity: 'error',
          rule: 'rules-config',
          message: say(CHECK, 'unknownOption', {
            id,
            name,
            hint: close
              ? say(CHECK, 'didYouMean', { close })
              : known.length
                ? say(CHECK, 'unknownOptionList', { known: listNames(known.map((k) => ({ zh: k, en: k }))) })
                : say(CHECK, 'noOptions'),
          }),
        });
        continue;
      }
      const ok =
        opt.type === 'integer'
          ? Number.isInteger(value) && (opt.minimum === undefined || (value as number) >= opt.minimum)
          : typeof value === opt.type && (opt.choices === undefined || opt.choices.includes(value as string));
      if (!ok) {
        const type = optionTypeText(opt);
        diagnostics.push({
          file: body.file.path,
          ...where(),
          severity: 'error',
          rule: 'rules-config',
          message: say(CHECK, 'optionType', { id, name, type }),
        });
        continue;
      }
      entry.options[name] = value as number | boolean | string;
    }
  }
  return { config, diagnostics };
}

/** What an option's value must be, for the finding about a value of the wrong type. */
function optionTypeText(opt: RuleOption): Message {
  if (opt.type === 'integer')
    return opt.minimum !== undefined ? say(CHECK, 'typeIntegerAtLeast', { minimum: opt.minimum }) : say(CHECK, 'typeInteger');
  if (opt.type === 'boolean') return say(CHECK, 'typeBoolean');
  return opt.choices
    ? say(CHECK, 'typeChoice', { choices: { zh: opt.choices.join('、'), en: opt.choices.join(', ') } })
    : say(CHECK, 'typeString');
}

/** Cite a clause of the notice at the end of a sentence, in the one style of the project: `… [五(四)]。`. */
export function withClause(text: string, clause: string): string {
  if (clause === '') return text;
  // 。 or .
  const end = /[\u3002.]$/.exec(text);
  return end ? `${text.slice(0, -1)} [${clause}]${end[0]}` : `${text} [${clause}]`;
}

/** The text of a reported finding (its clause cited) and the report options after its parameters. */
function findingOf(rule: Rule, key: string, args: readonly unknown[]): { message: Message; options?: ReportOptions } {
  const entry: RuleEntry | undefined = rule.meta.messages[key];
  if (!entry) throw new Error(`rule ${rule.meta.id} has no message "${key}"`);
  const hasParams = placeholders(entry.zh + entry.en).length > 0;
  const params = (hasParams ? args[0] : {}) as Params;
  const options = (hasParams ? args[1] : args[0]) as ReportOptions | undefined;
  const filled = sayEntry(entry, params);
  const clause = entry.clause ?? rule.meta.clause;
  return { message: { zh: withClause(filled.zh, clause), en: withClause(filled.en, clause) }, options };
}

/** Run every rule that is not off. A rule that throws on odd data is reported, never crashes the run. */
export function runRules(
  records: Records,
  source: SourceIndex,
  today: string,
  config: Map<string, RuleConfig>,
  rules: readonly Rule[] = RULES,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const c = config.get(rule.meta.id) ?? { level: rule.meta.severity, options: defaults(rule) };
    if (c.level === 'off') continue;
    const context: RuleContext = {
      records,
      today,
      options: c.options,
      report(record, path, key, ...args) {
        const { message: msg, options: opts } = findingOf(rule, key, args);
        const severity: Severity = c.level === 'warn' ? 'warning' : (opts?.severity ?? 'error');
        out.push({
          file: record.file.path,
          ...source.positionOf(record.file.path, path, opts?.on ?? 'value'),
          severity,
          rule: rule.meta.id,
          message: msg,
        });
      },
    };
    try {
      rule.check(context);
    } catch (e) {
      out.push({
        file: records.body?.file.path ?? 'yishi.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        rule: rule.meta.id,
        message: say(CHECK, 'ruleFailed', { id: rule.meta.id, error: e instanceof Error ? e.message : String(e) }),
      });
    }
  }
  return out;
}
