// Run the rules over the records with the body's settings (`rules:` in yishi.yaml), and check those settings.
import { didYouMean } from '../core/did-you-mean.js';
import { message, type Diagnostic, type Severity } from '../core/diagnostic.js';
import { unknownName } from '../core/unknown-id.js';
import { sourceIndexOf, type SourceIndex } from '../load/source-index.js';
import type { Records } from '../model/records.js';
import type { RuleSetting } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleContext, RuleLevel } from '../rules/rule.js';

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

/** The effective configuration of every rule, and findings for unknown rule ids or options in yishi.yaml. */
export function resolveRuleConfig(records: Records, source: SourceIndex, rules: readonly Rule[] = RULES): {
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
      if (body)
        diagnostics.push({
          file: body.file.path,
          ...source.positionOf(body.file.path, ['rules', id], 'key'),
          severity: 'error',
          rule: 'rules-config',
          message: unknownName({
            id,
            kind: { zh: '规则', en: 'rule' },
            known: ids,
            otherwise: { zh: '运行 yishi rules 查看全部规则。', en: 'Run yishi rules to list them.' },
          }),
        });
      continue;
    }
    const entry = config.get(id)!;
    if (typeof setting === 'string') {
      entry.level = setting;
      continue;
    }
    const s = setting as RuleSetting;
    if (s.severity) entry.level = s.severity;
    for (const [name, value] of Object.entries(s)) {
      if (name === 'severity') continue;
      const opt = rule.meta.options?.[name];
      const where = source.positionOf(body.file.path, ['rules', id, name], opt ? 'value' : 'key');
      if (!opt) {
        const known = Object.keys(rule.meta.options ?? {});
        const close = didYouMean(name, known);
        diagnostics.push({
          file: body.file.path,
          ...where,
          severity: 'error',
          rule: 'rules-config',
          message: message(
            `规则“${id}”没有选项“${name}”。${close ? `你是不是想写“${close}”?` : known.length ? `可用选项:${known.join('、')}。` : '该规则没有选项。'}`,
            `Rule "${id}" has no option "${name}".${close ? ` Did you mean "${close}"?` : known.length ? ` Options: ${known.join(', ')}.` : ' It takes no options.'}`,
          ),
        });
        continue;
      }
      const ok =
        opt.type === 'integer'
          ? Number.isInteger(value) && (opt.minimum === undefined || (value as number) >= opt.minimum)
          : typeof value === opt.type && (opt.choices === undefined || opt.choices.includes(value as string));
      if (!ok) {
        const zhType = opt.type === 'integer' ? `整数${opt.minimum !== undefined ? `(不小于 ${opt.minimum})` : ''}` : opt.type === 'boolean' ? 'true 或 false' : opt.choices ? ` ${opt.choices.join('、')} 之一` : '文本';
        const enType = opt.type === 'integer' ? `a whole number${opt.minimum !== undefined ? ` (at least ${opt.minimum})` : ''}` : opt.type === 'boolean' ? 'true or false' : opt.choices ? 'one of ' + opt.choices.join(', ') : 'text';
        diagnostics.push({
          file: body.file.path,
          ...where,
          severity: 'error',
          rule: 'rules-config',
          message: message(`规则“${id}”的选项“${name}”应为${zhType}。`, `Option "${name}" of rule "${id}" must be ${enType}.`),
        });
        continue;
      }
      entry.options[name] = value as number | boolean | string;
    }
  }
  return { config, diagnostics };
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
      report(record, path, msg, opts) {
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
        message: message(
          `规则“${rule.meta.id}”无法完成检查:${e instanceof Error ? e.message : String(e)}。这是 yishi 的缺陷,请报告。`,
          `Rule "${rule.meta.id}" could not finish: ${e instanceof Error ? e.message : String(e)}. This is a bug in yishi; please report it.`,
        ),
      });
    }
  }
  return out;
}
