// `yishi rules`: the rules with their effective severity, clause and description, as text, JSON or the
// Markdown table of the README.
import type { ChalkInstance } from 'chalk';
import { columnWidths, padTo } from './align-columns.js';
import type { Lang } from '../core/diagnostic.js';
import type { RuleConfig } from '../check/run-rules.js';
import type { Rule, RuleLevel } from '../rules/rule.js';
import { text } from '../core/messages.js';
import { RULES_LIST } from '../i18n/report.js';

export interface RuleOptionRow {
  name: string;
  type: string;
  default: number | boolean | string;
  value: number | boolean | string;
  description: string;
}

export interface RuleRow {
  id: string;
  clause: string;
  /** Effective level for the body (the default outside a record folder). */
  severity: RuleLevel;
  default: RuleLevel;
  description: string;
  options: RuleOptionRow[];
}

/** One row per rule, in the order of `rules`, with the body's configuration applied when given. */
export function ruleRows(rules: readonly Rule[], lang: Lang, config?: ReadonlyMap<string, RuleConfig>): RuleRow[] {
  return rules.map((rule) => {
    const c = config?.get(rule.meta.id);
    return {
      id: rule.meta.id,
      clause: rule.meta.clause,
      severity: c?.level ?? rule.meta.severity,
      default: rule.meta.severity,
      description: rule.meta.docs[lang],
      options: Object.entries(rule.meta.options ?? {}).map(([name, o]) => ({
        name,
        type: o.type,
        default: o.default,
        value: c?.options[name] ?? o.default,
        description: o.docs[lang],
      })),
    };
  });
}

const LEVEL_KEYS = { error: 'levelError', warn: 'levelWarn', off: 'levelOff' } as const;

function levelName(level: RuleLevel, lang: Lang): string {
  return text(lang, RULES_LIST, LEVEL_KEYS[level]);
}

/** Where the severities come from: no record folder, a yishi.yaml that could not be read, or a body. */
export type RulesSource = { kind: 'none' } | { kind: 'unreadable' } | { kind: 'body'; name: string };

/** Aligned columns (CJK characters count two), then a line saying where the severities come from. */
export function formatRulesText(rows: readonly RuleRow[], lang: Lang, chalk: ChalkInstance, source: RulesSource): string {
  const head = (['headRule', 'headSeverity', 'headClause', 'headDescription'] as const).map((k) => text(lang, RULES_LIST, k));
  const changed = (r: RuleRow): boolean => r.severity !== r.default || r.options.some((o) => o.value !== o.default);
  const cells = rows.map((r) => [r.id, levelName(r.severity, lang) + (changed(r) ? ' *' : ''), r.clause || '—', r.description]);
  // The description, last, is not padded.
  const widths = columnWidths([head, ...cells].map((c) => c.slice(0, 3)));
  const line = (c: string[]): string => `${padTo(c[0]!, widths[0]!)}  ${padTo(c[1]!, widths[1]!)}  ${padTo(c[2]!, widths[2]!)}  ${c[3]}`;
  const colour = (level: RuleLevel, text: string): string =>
    level === 'error' ? chalk.red(text) : level === 'warn' ? chalk.yellow(text) : chalk.dim(text);
  const out = [chalk.bold(line(head).trimEnd())];
  const indent = ' '.repeat(widths[0]! + widths[1]! + widths[2]! + 6);
  rows.forEach((r, i) => {
    const c = cells[i]!;
    out.push(
      `${chalk.bold(padTo(c[0]!, widths[0]!))}  ${colour(r.severity, padTo(c[1]!, widths[1]!))}  ${padTo(c[2]!, widths[2]!)}  ${c[3]}`,
    );
    for (const o of r.options) {
      const set = { name: o.name, value: String(o.value) };
      const value =
        o.value === o.default
          ? text(lang, RULES_LIST, 'optionValue', set)
          : text(lang, RULES_LIST, 'optionChanged', { ...set, default: String(o.default) });
      out.push(`${indent}${chalk.dim(text(lang, RULES_LIST, 'option', { value, description: o.description }))}`);
    }
  });
  out.push('');
  if (source.kind === 'none') out.push(text(lang, RULES_LIST, 'sourceNone'));
  else if (source.kind === 'unreadable') out.push(text(lang, RULES_LIST, 'sourceUnreadable'));
  else out.push(text(lang, RULES_LIST, rows.some(changed) ? 'sourceBodyChanged' : 'sourceBody', { name: source.name }));
  return out.join('\n') + '\n';
}

export function formatRulesJson(rows: readonly RuleRow[]): string {
  return JSON.stringify({ rules: rows }, null, 2) + '\n';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The README table: id, clause, what it checks, default severity. */
export function formatRulesMarkdown(rows: readonly RuleRow[], lang: Lang): string {
  const head = (['mdRule', 'mdClause', 'mdChecks', 'mdDefault'] as const).map((k) => text(lang, RULES_LIST, k));
  const out = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows)
    out.push(
      `| \`${r.id}\` | ${r.clause || '—'} | ${cell(r.description)} | ${text(lang, RULES_LIST, 'mdDefaultLevel', { level: { zh: levelName(r.default, 'zh'), en: '' }, value: r.default })} |`,
    );
  return out.join('\n') + '\n';
}
