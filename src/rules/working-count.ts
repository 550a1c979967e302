// The `count` option that rules with a period share: `calendar` days (default) or `working` days, counted with
// the official holiday schedule (RECORDS.md "Working days"); and the warning for years the schedule lacks.
import { defineMessages, say } from '../core/messages.js';
import { addCountedDays, countedDaysBetween, yearsNotCovered, type DayCount } from '../model/working-days.js';
import type { RuleContext, RuleEntry, RuleOption } from './rule.js';

export const countMessages = defineMessages({
  countDocs: {
    zh: '天数的算法:calendar 按自然日,working 按工作日(扣除周末和法定节假日,调休上班日计入)。',
    en: 'How days are counted: calendar days, or working days (weekends and official holidays left out, 调休 working weekends counted).',
  },
  yearNotCovered: {
    zh: '节假日数据(chinese-days 包)不含 {years} 年的放假调休安排,这些年份的工作日只按周末计算;请更新该数据包(见 README)。',
    en: 'The holiday data (the chinese-days package) has no schedule for {years}; working days in those years count weekends only. Update the package (see the README).',
  },
  days: { zh: '{n} 天', en: '{n} {n|day|days}' },
  workingDays: { zh: '{n} 个工作日', en: '{n} working {n|day|days}' },
});

export const COUNT_OPTION: RuleOption = {
  type: 'string',
  default: 'calendar',
  choices: ['calendar', 'working'],
  docs: say(countMessages, 'countDocs'),
};

/** The warning of a rule with a `count` option about years the schedule lacks; it cites no clause. */
export const YEAR_NOT_COVERED: RuleEntry = { ...countMessages.yearNotCovered, clause: '' };

/** A period counted as a rule's `count` option says, remembering the years the schedule lacks. */
export class PeriodCounter {
  readonly count: DayCount;
  private readonly uncovered = new Set<number>();

  constructor(private readonly context: RuleContext) {
    this.count = context.options.count === 'working' ? 'working' : 'calendar';
  }

  add(date: string, n: number): string {
    const end = addCountedDays(date, n, this.count);
    this.note(date, end);
    return end;
  }

  between(from: string, to: string): number {
    this.note(from, to);
    return countedDaysBetween(from, to, this.count);
  }

  /** "15 天" / "15 days", or "10 个工作日" / "10 working days". */
  words(n: number): { zh: string; en: string } {
    return say(countMessages, this.count === 'working' ? 'workingDays' : 'days', { n });
  }

  private note(a: string, b: string): void {
    if (this.count === 'working') for (const y of yearsNotCovered(a, b)) this.uncovered.add(y);
  }

  /** One warning at the rule's `count` setting in yishi.yaml naming the years the schedule lacks. */
  warnUncovered(ruleId: string): void {
    const body = this.context.records.body;
    if (!body || this.uncovered.size === 0) return;
    const years = [...this.uncovered].sort().join(', ');
    this.context.report(body, ['rules', ruleId, 'count'], 'yearNotCovered', { years }, { severity: 'warning' });
  }
}
