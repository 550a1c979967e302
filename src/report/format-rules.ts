// `yishi rules`: the rules with their effective severity, clause and description, as text, JSON or the
// Markdown table of the README.
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Lang } from '../core/diagnostic.js';
import type { RuleConfig } from '../check/run-rules.js';
import type { Rule, RuleLevel } from '../rules/rule.js';

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

const LEVEL_NAMES: Record<Lang, Record<RuleLevel, string>> = {
  zh: { error: '错误', warn: '警告', off: '关闭' },
  en: { error: 'error', warn: 'warn', off: 'off' },
};

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** Where the severities come from: no record folder, a yishi.yaml that could not be read, or a body. */
export type RulesSource = { kind: 'none' } | { kind: 'unreadable' } | { kind: 'body'; name: string };

/** Aligned columns (CJK characters count two), then a line saying where the severities come from. */
export function formatRulesText(rows: readonly RuleRow[], lang: Lang, chalk: ChalkInstance, source: RulesSource): string {
  const zh = lang === 'zh';
  const head = zh ? ['规则', '级别', '条款', '说明'] : ['rule', 'severity', 'clause', 'description'];
  const changed = (r: RuleRow): boolean => r.severity !== r.default || r.options.some((o) => o.value !== o.default);
  const cells = rows.map((r) => [r.id, LEVEL_NAMES[lang][r.severity] + (changed(r) ? ' *' : ''), r.clause || '—', r.description]);
  const widths = [0, 1, 2].map((i) => Math.max(stringWidth(head[i]!), ...cells.map((c) => stringWidth(c[i]!))));
  const line = (c: string[]): string => `${pad(c[0]!, widths[0]!)}  ${pad(c[1]!, widths[1]!)}  ${pad(c[2]!, widths[2]!)}  ${c[3]}`;
  const colour = (level: RuleLevel, text: string): string =>
    level === 'error' ? chalk.red(text) : level === 'warn' ? chalk.yellow(text) : chalk.dim(text);
  const out = [chalk.bold(line(head).trimEnd())];
  const indent = ' '.repeat(widths[0]! + widths[1]! + widths[2]! + 6);
  rows.forEach((r, i) => {
    const c = cells[i]!;
    out.push(`${chalk.bold(pad(c[0]!, widths[0]!))}  ${colour(r.severity, pad(c[1]!, widths[1]!))}  ${pad(c[2]!, widths[2]!)}  ${c[3]}`);
    for (const o of r.options) {
      const value =
        o.value === o.default
          ? `${o.name} = ${String(o.value)}`
          : zh
            ? `${o.name} = ${String(o.value)}(默认 ${String(o.default)})`
            : `${o.name} = ${String(o.value)} (default ${String(o.default)})`;
      out.push(`${indent}${chalk.dim(zh ? `选项 ${value}:${o.description}` : `option ${value}: ${o.description}`)}`);
    }
  });
  out.push('');
  if (source.kind === 'none')
    out.push(
      zh
        ? '不在记录文件夹中:以上为默认级别。在 yishi.yaml 的 rules: 下可把规则设为 off、warn 或 error。'
        : 'Not in a record folder: these are the default severities. Set a rule to off, warn or error under rules: in yishi.yaml.',
    );
  else if (source.kind === 'unreadable')
    out.push(
      zh
        ? 'yishi.yaml 无法读取或不符合格式:以上为默认级别。运行 yishi validate 查看问题。'
        : 'yishi.yaml could not be read or is not valid: these are the default severities. Run yishi validate to see why.',
    );
  else
    out.push(
      zh
        ? `以上为“${source.name}”的设置${rows.some(changed) ? ';* 表示 yishi.yaml 改变了默认设置' : ''}。`
        : `Severities as set for "${source.name}"${rows.some(changed) ? '; * marks a setting changed in yishi.yaml' : ''}.`,
    );
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
  const head = lang === 'zh' ? ['规则', '通知条款', '检查内容', '默认级别'] : ['Rule', 'Clause', 'What it checks', 'Default severity'];
  const out = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows)
    out.push(
      `| \`${r.id}\` | ${r.clause || '—'} | ${cell(r.description)} | ${lang === 'zh' ? `${LEVEL_NAMES.zh[r.default]}(\`${r.default}\`)` : `\`${r.default}\``} |`,
    );
  return out.join('\n') + '\n';
}
