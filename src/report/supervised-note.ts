// The line under a late item that the office has already supervised: 已督办 2 次,最近 兰困保督〔2025〕3号 2025-07-02.
import type { Lang } from '../core/diagnostic.js';
import { defineMessages, text } from '../core/messages.js';
import type { SupervisionItem } from '../model/supervision-item.js';

const messages = defineMessages({
  supervised: { zh: '已督办 {n} 次,最近 {latest} {date}', en: 'supervised {n} {n|time|times}, latest {latest} {date}' },
});

export function supervisedNote(item: SupervisionItem, lang: Lang): string | undefined {
  const latest = item.supervisions[item.supervisions.length - 1];
  if (!latest) return undefined;
  return text(lang, messages, 'supervised', { n: item.supervised, latest: latest.number ?? latest.id, date: latest.date });
}
