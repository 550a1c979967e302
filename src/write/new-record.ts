// What every `yishi new …` shares: a valid, unused id; the language of comments; never an existing file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FolderKind } from '../core/record-kinds.js';
import { ID_PATTERN } from '../load/load-folder.js';
import { localeOf, type Records } from '../model/records.js';
import { usageError } from './write-refused.js';
import { say } from '../core/messages.js';
import { REFUSED } from '../i18n/write.js';
import { RECORD_KIND_TERMS } from '../i18n/vocabulary.js';

export type Kind = FolderKind;

/** An id given on the command line: well-formed and not yet used by a record of the kind. */
export function checkNewId(records: Records, kind: Kind, id: string): string {
  if (!ID_PATTERN.test(id)) throw usageError(say(REFUSED, 'badId', { id }));
  if (records.ids[kind].has(id)) {
    throw usageError(say(REFUSED, 'idUsed', { kind: RECORD_KIND_TERMS[kind], id }));
  }
  return id;
}

/** Refuse to create a file that exists (a non-record file in the way, or a record in another year folder). */
export function checkFree(records: Records, path: string): void {
  if (existsSync(join(records.root, ...path.split('/')))) throw usageError(say(REFUSED, 'fileExists', { path }));
}

/** Comments in new files speak the body's language. */
export function commentLang(records: Records): 'zh' | 'en' {
  return localeOf(records) === 'en' ? 'en' : 'zh';
}

/** The ids in a comma-separated option (`--responsible cz,gaj`). */
export function idList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\uff0c\s]+/) // , or ，, or spaces
    .map((s) => s.trim())
    .filter(Boolean);
}
