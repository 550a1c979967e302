// plenary-per-year [五(一)]: the body holds at least one plenary meeting every calendar year, from its
// establishment up to today. An ended year without one is an error; the current year is a warning once
// fewer than `days` days of it remain.
import { message } from '../core/diagnostic.js';
import { yearsWithoutPlenary } from '../model/plenary-years.js';
import { defineRule } from './rule.js';
import { mayBeMissingFrom } from '../model/records.js';
import { DEFAULT_PLENARY_DAYS } from '../model/supervision-settings.js';

export const rule = defineRule({
  meta: {
    id: 'plenary-per-year',
    clause: '五(一)',
    severity: 'error',
    docs: message(
      '自成立之年起每个年度至少召开一次全体会议;往年没有召开为错误,本年度剩余天数少于设定值仍未召开时提醒。',
      'Every calendar year since the body was established has at least one held plenary meeting; a past year without one is an error, the current year a warning once fewer than `days` days remain.',
    ),
    options: {
      days: {
        type: 'integer',
        default: DEFAULT_PLENARY_DAYS,
        minimum: 0,
        docs: message(
          '本年度剩余天数少于此值仍未召开全体会议时发出警告(0 表示不提醒)。',
          'Warn about the current year once fewer than this many days of it remain without a plenary meeting (0: never).',
        ),
      },
    },
    messages: {
      pastYear: {
        zh: '{year}年没有召开全体会议。全体会议每年至少召开一次;如果当年开过,请在 meetings/{year}/ 下补录这次全体会议(kind: plenary)。',
        en: 'No plenary meeting was held in {year}. The body meets in plenary at least once a year; if one was held, add its record under meetings/{year}/ (kind: plenary).',
      },
      thisYear: {
        zh: '{year}年还没有召开全体会议,距年底只剩 {daysLeft} 天。全体会议每年至少召开一次,请尽快安排召开并录入会议记录。',
        en: 'No plenary meeting has been held yet in {year}, and only {daysLeft} {daysLeft|day|days} of the year remain. The body meets in plenary at least once a year: hold one soon and record it.',
      },
    },
  },
  check(context) {
    const body = context.records.body;
    if (!body) return;
    const days = context.options.days as number;
    for (const gap of yearsWithoutPlenary(context.records, context.today, days)) {
      // A meeting file of that year that could not be read may be the plenary: its own finding comes first.
      if (mayBeMissingFrom(context.records, `meetings/${gap.year}/`)) continue;
      if (gap.ended) {
        context.report(body, ['established', 'date'], 'pastYear', { year: gap.year });
      } else {
        context.report(body, ['established', 'date'], 'thisYear', { year: gap.year, daysLeft: gap.daysLeft }, { severity: 'warning' });
      }
    }
  },
});
