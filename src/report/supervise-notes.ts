// The warning of a command that counts working days into a year the holiday data does not cover.
import type { Lang } from '../core/diagnostic.js';
import { text } from '../core/messages.js';
import { countMessages } from '../rules/working-count.js';

export function yearNotCoveredNote(years: readonly number[], lang: Lang): string {
  return text(lang, countMessages, 'yearNotCovered', { years: years.join(', ') });
}
