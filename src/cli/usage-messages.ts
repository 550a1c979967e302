// Commander's usage errors are English; a clerk reading Chinese gets them in Chinese.
import type { Lang } from '../core/diagnostic.js';
import { text, type ParamArgs } from '../core/messages.js';
import { COMMANDER } from '../i18n/cli.js';

type Translation = [RegExp, (m: RegExpExecArray) => string];

/** A sentence of the catalogue in Chinese (the English is Commander's own text). */
function zh<K extends keyof typeof COMMANDER & string>(key: K, ...args: ParamArgs<(typeof COMMANDER)[K]>): string {
  return text('zh', COMMANDER, key, ...args);
}
const guessOr = (guess: string | undefined, otherwise: string): string => (guess ? zh('didYouMean', { guess }) : otherwise);

const TRANSLATIONS: Translation[] = [
  [
    /^error: unknown option '([^']+)'(?:\n\(Did you mean (\S+)\?\))?/,
    (m) => zh('unknownOption', { option: m[1]!, guess: guessOr(m[2], '') }),
  ],
  [
    /^error: unknown command '([^']+)'(?:\n\(Did you mean (\S+)\?\))?/,
    (m) => zh('unknownCommand', { command: m[1]!, guess: guessOr(m[2], zh('listCommands')) }),
  ],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./,
    (m) => zh('invalidChoice', { option: m[1]!, value: m[2]!, choices: m[3]! }),
  ],
  [
    /^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. Allowed choices are (.+)\./,
    (m) => zh('invalidArgument', { argument: m[2]!, value: m[1]!, choices: m[3]! }),
  ],
  [/^error: required option '([^']+)' not specified/, (m) => zh('missingOption', { option: m[1]! })],
  [/^error: option '([^']+)' argument missing/, (m) => zh('missingOptionValue', { option: m[1]! })],
  [/^error: missing required argument '([^']+)'/, (m) => zh('missingArgument', { argument: m[1]! })],
  [
    /^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (m) =>
      m[1]
        ? zh('tooManyArgumentsFor', { command: m[1], expected: m[2]!, got: m[3]! })
        : zh('tooManyArguments', { expected: m[2]!, got: m[3]! }),
  ],
];

/** Commander's error text in the reader's language (unknown wording passes through unchanged). */
export function usageMessage(error: string, lang: Lang): string {
  if (lang === 'en') return error;
  for (const [pattern, said] of TRANSLATIONS) {
    const m = pattern.exec(error);
    if (m) return `${said(m)}\n`;
  }
  return error;
}
