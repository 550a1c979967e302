// A message that names the kind of number inside a sentence about where it is, in each language.
import type { Message } from '../../core/diagnostic.js';
import { sayEntry } from '../../core/messages.js';
import { PERSONAL_DATA_MESSAGES as M, type NumberMessageKey } from './messages.js';

export function wrapped(key: 'inValue' | 'inName', kind: NumberMessageKey, params: { name?: string }): Message {
  return sayEntry(M[key], { ...params, what: M[kind] });
}
