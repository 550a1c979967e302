// What every `yishi new …` shares: a valid, unused id; the language of comments; never an existing file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { kindSpec, type FolderKind } from '../core/record-kinds.js';
import { ID_PATTERN } from '../load/load-folder.js';
import { localeOf, type Records } from '../model/records.js';
import { usageError } from './write-refused.js';

export type Kind = FolderKind;

/** An id given on the command line: well-formed and not yet used by a record of the kind. */
export function checkNewId(records: Records, kind: Kind, id: string): string {
  if (!ID_PATTERN.test(id))
    throw usageError(
      `id“${id}”无效:只能由小写英文字母、数字和单个连字符组成,例如 mz、2024-03-15-plenary。`,
      `The id "${id}" is not valid: lowercase ASCII letters and digits joined by single hyphens, e.g. mz, 2024-03-15-plenary.`,
    );
  if (records.ids[kind].has(id)) {
    const { zh, en } = kindSpec(kind).label;
    throw usageError(`已有${zh}“${id}”,请换一个 id。`, `There is already a ${en} "${id}"; choose another id.`);
  }
  return id;
}

/** Refuse to create a file that exists (a non-record file in the way, or a record in another year folder). */
export function checkFree(records: Records, path: string): void {
  if (existsSync(join(records.root, ...path.split('/'))))
    throw usageError(`文件 ${path} 已存在,不会覆盖。`, `The file ${path} exists and is not overwritten.`);
}

/** Comments in new files speak the body's language. */
export function commentLang(records: Records): 'zh' | 'en' {
  return localeOf(records) === 'en' ? 'en' : 'zh';
}

/** The ids in a comma-separated option (`--responsible cz,gaj`). */
export function idList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
