// Which language to speak: --lang, else LC_ALL / LC_MESSAGES / LANG when they name zh or en, else the body's locale.
import type { Lang } from './diagnostic.js';

export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const v = env[name];
    if (!v) continue;
    if (/^zh/i.test(v)) return 'zh';
    if (/^en/i.test(v)) return 'en';
    // C, POSIX and other locales say nothing about the reader: look further.
  }
  return undefined;
}

export function chooseLang(flag: string | undefined, locale: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  return langFromEnv(env) ?? (locale === 'en' ? 'en' : 'zh');
}
