// Every rule, in the order `yishi rules` lists them. Add a rule: one file named by its id, one line here.
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
