// The warning of a command that counts working days into a year the holiday data does not cover.
import type { Message } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { countMessages } from '../rules/working-count.js';

export function yearNotCoveredNote(years: readonly number[]): Message {
  return say(countMessages, 'yearNotCovered', { years: years.join(', ') });
}
