// Commander's usage errors are English; a clerk reading Chinese gets them in Chinese.
import type { Lang } from '../core/diagnostic.js';

type Translation = [RegExp, (m: RegExpExecArray) => string];

const TRANSLATIONS: Translation[] = [
  [
    /^error: unknown option '([^']+)'(?:\n\(Did you mean (\S+)\?\))?/,
    (m) => `错误:未知的选项 ${m[1]}。${m[2] ? `你是不是想写 ${m[2]}?` : ''}`,
  ],
  [
    /^error: unknown command '([^']+)'(?:\n\(Did you mean (\S+)\?\))?/,
    (m) => `错误:没有 ${m[1]} 这个命令。${m[2] ? `你是不是想写 ${m[2]}?` : '运行 yishi --help 查看全部命令。'}`,
  ],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./,
    (m) => `错误:选项 ${m[1]} 的值“${m[2]}”无效,可选:${m[3]}。`,
  ],
  [
    /^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. Allowed choices are (.+)\./,
    (m) => `错误:${m[2]} 的值“${m[1]}”无效,可选:${m[3]}。`,
  ],
  [/^error: required option '([^']+)' not specified/, (m) => `错误:缺少必需的选项 ${m[1]}。`],
  [/^error: option '([^']+)' argument missing/, (m) => `错误:选项 ${m[1]} 后面缺少值。`],
  [/^error: missing required argument '([^']+)'/, (m) => `错误:缺少参数 ${m[1]}。`],
  [
    /^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (m) => `错误:参数太多${m[1] ? `:${m[1]} ` : ','}只需要 ${m[2]} 个,实际给了 ${m[3]} 个。`,
  ],
];

/** Commander's error text in the reader's language (unknown wording passes through unchanged). */
export function usageMessage(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  for (const [pattern, zh] of TRANSLATIONS) {
    const m = pattern.exec(text);
    if (m) return `${zh(m)}\n`;
  }
  return text;
}
