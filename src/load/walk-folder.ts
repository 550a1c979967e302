// Walk the record folder by the layout of RECORDS.md: which files hold records of which kind, and findings
// for what lies elsewhere. A folder that cannot be read, a link that leaves the record folder or points at a
// folder, and a temporary file left by an interrupted write are findings of their own, never skipped silently.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { message, type Diagnostic } from '../core/diagnostic.js';
import { defineMessages, say } from '../core/messages.js';
import {
  FOLDER_KINDS,
  RECORD_KINDS,
  folderOf,
  hasYearFolders,
  kindOfFolder,
  type FolderKind,
  type RecordKind,
} from '../core/record-kinds.js';
import { BODY_FILE } from './find-folder.js';
import { LIMITS, limitMessages } from './limits.js';
import { isInside } from './read-file.js';

/** A file to read as a record. */
export interface RecordEntry {
  kind: RecordKind;
  /** Relative to the record folder, `/` separators. */
  rel: string;
  yearFolder?: string;
}

export interface WalkedFolder {
  entries: RecordEntry[];
  diagnostics: Diagnostic[];
  /** Folders (with a trailing `/`) that could not be read or were refused: records may be missing there. */
  unreadable: string[];
}

export const walkMessages = defineMessages({
  folderUnreadable: {
    zh: '无法读取这个文件夹({code}),其中的记录未检查。依赖它的检查(如每年全体会议、职责覆盖、逾期事项)无法完整。请检查文件夹权限。',
    en: "This folder cannot be read ({code}); the records in it were not checked. Checks that depend on it (a plenary every year, duty coverage, overdue items) could not be complete. Check the folder's permissions.",
  },
  linkOut: {
    zh: '这是指向记录文件夹之外的符号链接,已拒绝读取。依赖其中记录的检查无法完整。记录必须保存在记录文件夹内。',
    en: 'This is a symbolic link to a place outside the record folder and is refused. Checks that depend on the records there could not be complete. Records must live inside the folder.',
  },
  linkToFolder: {
    zh: '这是指向文件夹的符号链接,不会被读取。依赖其中记录的检查无法完整。请把记录直接放在这里,不要用链接。',
    en: 'This is a symbolic link to a folder and is not read. Checks that depend on the records there could not be complete. Put the records here, not a link.',
  },
  leftoverTemp: {
    zh: '这是一次被中断的写入留下的临时文件。如果没有 yishi 命令正在运行,可以删除它;下一次写入也会自动清理。',
    en: 'This temporary file was left by an interrupted write. If no yishi command is running, delete it; the next write also removes it.',
  },
});

/** Folders of kinds whose files sit in year folders (meetings/<yyyy>/). */
const YEAR_DIRS = new Set<string>(FOLDER_KINDS.filter(hasYearFolders).map(folderOf));
/** `members/、duties/、meetings/<年>/、…` and `members/, …, meetings/<year>/`: the record folders, for messages. */
const folderList = (sep: string, year: string): string =>
  FOLDER_KINDS.map((k) => `${folderOf(k)}/${hasYearFolders(k) ? `<${year}>/` : ''}`).join(sep);
const kindNamesZh = FOLDER_KINDS.map((k) => RECORD_KINDS[k].label.zh).join('、');
const kindNamesEn = ((names: string[]) => `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)(
  FOLDER_KINDS.map((k) => RECORD_KINDS[k].label.enPlural),
);
const SKIPPED_DIRS = new Set(['materials', 'node_modules']);

/** A temporary file of an atomic write: `.<file>.<pid>.<hex>.tmp` (see write/atomic-write.ts). */
export const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;

/** The kind of record a relative path holds, by the layout of docs/records.md, or undefined. */
export function kindOfPath(rel: string): { kind: RecordKind; yearFolder?: string } | undefined {
  if (rel === BODY_FILE) return { kind: 'body' };
  const parts = rel.split('/');
  const kind = kindOfFolder(parts[0]!);
  if (!kind || !parts[parts.length - 1]!.endsWith('.yaml')) return undefined;
  if (YEAR_DIRS.has(parts[0]!)) return parts.length === 3 && /^\d{4}$/.test(parts[1]!) ? { kind, yearFolder: parts[1] } : undefined;
  return parts.length === 2 ? { kind } : undefined;
}

function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

function layout(file: string, zh: string, en: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, line: 1, column: 1, severity, rule: 'layout', message: message(zh, en) };
}

class Walk {
  readonly entries: RecordEntry[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly unreadable: string[] = [];
  private files = 0;

  constructor(
    readonly root: string,
    readonly realRoot: string,
    readonly maxFiles: number,
  ) {}

  finding(file: string, msg: Diagnostic['message'], severity: Diagnostic['severity'] = 'error'): void {
    this.diagnostics.push({ file, line: 1, column: 1, severity, rule: 'file', message: msg });
  }

  /** The entries of a folder, sorted; a folder that cannot be read is a finding. Dot files are left out. */
  list(rel: string): Dirent[] {
    let entries: Dirent[];
    try {
      entries = readdirSync(rel === '' ? this.root : join(this.root, ...rel.split('/')), { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      this.finding(rel === '' ? '.' : rel, say(walkMessages, 'folderUnreadable', { code }));
      this.unreadable.push(rel === '' ? '' : `${rel}/`);
      return [];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries)
      if (TEMP_FILE.test(e.name)) this.finding(rel === '' ? e.name : `${rel}/${e.name}`, say(walkMessages, 'leftoverTemp'), 'warning');
    return entries.filter((e) => !e.name.startsWith('.'));
  }

  /** A link that is not read as a record file: out of the folder, or to a folder. True when it was one. */
  refusedLink(entry: Dirent, rel: string): boolean {
    if (!entry.isSymbolicLink()) return false;
    const abs = join(this.root, ...rel.split('/'));
    let target: string | undefined;
    try {
      target = realpathSync(abs);
    } catch {
      return false; // a dangling link: reading it says so
    }
    if (!isInside(this.realRoot, target)) {
      this.finding(rel, say(walkMessages, 'linkOut'));
      this.unreadable.push(`${rel}/`);
      return true;
    }
    if (statSync(abs).isDirectory()) {
      this.finding(rel, say(walkMessages, 'linkToFolder'));
      this.unreadable.push(`${rel}/`);
      return true;
    }
    return false;
  }

  add(kind: RecordKind, rel: string, yearFolder?: string): void {
    if (++this.files === this.maxFiles + 1) this.finding(rel, say(limitMessages, 'files', { limit: this.maxFiles }));
    if (this.files > this.maxFiles) return;
    this.entries.push({ kind, rel, yearFolder });
  }

  /** Every YAML file below `rel` (links to folders are findings, not followed), as relative paths. */
  yamlFilesBelow(rel: string, out: string[]): void {
    for (const entry of this.list(rel)) {
      const childRel = `${rel}/${entry.name}`;
      if (this.refusedLink(entry, childRel)) continue;
      if (entry.isDirectory()) this.yamlFilesBelow(childRel, out);
      else if (isYamlName(entry.name)) out.push(childRel);
    }
  }
}

/** `maxFiles`: the most record files read (LIMITS.files; tests pass a small one). */
export function walkFolder(root: string, maxFiles: number = LIMITS.files): WalkedFolder {
  const walk = new Walk(root, realpathSync(root), maxFiles);
  for (const entry of walk.list('')) {
    const name = entry.name;
    if (walk.refusedLink(entry, name)) continue;
    if (!entry.isDirectory() && !(entry.isSymbolicLink() && isDirectoryLink(join(root, name)))) {
      if (name === BODY_FILE) walk.add('body', name);
      else if (isYamlName(name))
        walk.diagnostics.push(
          layout(
            name,
            `记录文件夹根目录下只应有 yishi.yaml;此文件不会被读取。${kindNamesZh}请放入各自的文件夹。`,
            `Only yishi.yaml belongs at the top of the record folder; this file is not read. Put ${kindNamesEn} in their folders.`,
            'warning',
          ),
        );
      continue;
    }
    if (SKIPPED_DIRS.has(name)) continue;
    const kind = kindOfFolder(name);
    if (kind) walkKindFolder(walk, name, kind);
    else strayFolder(walk, name);
  }
  return { entries: walk.entries, diagnostics: walk.diagnostics, unreadable: walk.unreadable };
}

function isDirectoryLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink() && statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

function strayFolder(walk: Walk, name: string): void {
  const stray: string[] = [];
  walk.yamlFilesBelow(name, stray);
  for (const rel of stray)
    walk.diagnostics.push(
      layout(
        rel,
        `“${name}/”不是记录文件夹(应为 ${folderList('、', '年')} 之一),此文件不会被读取。`,
        `"${name}/" is not a record folder (${folderList(', ', 'year')}); this file is not read.`,
        'warning',
      ),
    );
}

function walkKindFolder(walk: Walk, name: string, kind: FolderKind): void {
  for (const child of walk.list(name)) {
    const rel = `${name}/${child.name}`;
    if (walk.refusedLink(child, rel)) continue;
    if (child.isDirectory()) {
      const files: string[] = [];
      walk.yamlFilesBelow(rel, files);
      for (const f of files) {
        if (YEAR_DIRS.has(name) && /^\d{4}$/.test(child.name) && f.split('/').length === 3) {
          if (f.endsWith('.yaml')) walk.add(kind, f, child.name);
          else walk.diagnostics.push(wrongExtension(f));
        } else walk.diagnostics.push(misplaced(name, f));
      }
      continue;
    }
    if (!isYamlName(child.name)) continue;
    if (YEAR_DIRS.has(name)) {
      walk.diagnostics.push(
        layout(
          rel,
          `${name}/ 下的文件应放在四位年份文件夹中,例如 ${name}/2024/${child.name};此文件不会被读取。`,
          `Files under ${name}/ belong in a four-digit year folder, e.g. ${name}/2024/${child.name}; this file is not read.`,
        ),
      );
    } else if (!child.name.endsWith('.yaml')) {
      walk.diagnostics.push(wrongExtension(rel));
    } else {
      walk.add(kind, rel);
    }
  }
}

function misplaced(name: string, f: string): Diagnostic {
  return YEAR_DIRS.has(name)
    ? layout(
        f,
        `${name}/ 下的文件应放在四位年份文件夹中,例如 ${name}/2024/<id>.yaml;此文件不会被读取。`,
        `Files under ${name}/ belong in a four-digit year folder such as ${name}/2024/<id>.yaml; this file is not read.`,
      )
    : layout(
        f,
        `${name}/ 下的文件应直接放在 ${name}/ 中,不要再建子文件夹;此文件不会被读取。`,
        `Files under ${name}/ belong directly in ${name}/, without sub-folders; this file is not read.`,
      );
}

function wrongExtension(rel: string): Diagnostic {
  return layout(
    rel,
    '记录文件的扩展名应为 .yaml(不是 .yml 或大写);此文件不会被读取。',
    'Record files end in .yaml (not .yml, not upper case); this file is not read.',
  );
}
