// Load the whole record folder: every record file, parsed with positions; one broken file never stops the rest.
import { readdirSync, realpathSync, lstatSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { message, type Diagnostic } from '../core/diagnostic.js';
import { FOLDER_KINDS, RECORD_KINDS, folderOf, hasYearFolders, kindOfFolder, type RecordKind } from '../core/record-kinds.js';
import { BODY_FILE } from './find-folder.js';
import { parseYaml } from './parse-yaml.js';
import { isInside, readRecordFile } from './read-file.js';
import type { SourceFile } from './source-file.js';
import { sourceIndexOf, type SourceIndex } from './source-index.js';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A record as read from its file: its data is not yet checked against the schema. */
export interface RawRecord {
  kind: RecordKind;
  /** The file name without `.yaml`. */
  id: string;
  /** The file's path relative to the record folder and its text (empty when it could not be read). */
  file: { readonly path: string; readonly text: string };
  /** Parsed data, or undefined when the file could not be read or parsed. */
  data: unknown;
  /** The year folder the file sits in (meetings and resolutions). */
  yearFolder?: string;
}

export interface LoadedFolder {
  /** Absolute path of the record folder. */
  root: string;
  records: RawRecord[];
  diagnostics: Diagnostic[];
  /** Number of record files read (for the summary). */
  fileCount: number;
  /** Where each field of the records sits in its file. */
  source: SourceIndex;
}

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

function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function layout(file: string, zh: string, en: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, line: 1, column: 1, severity, rule: 'layout', message: message(zh, en) };
}

/** Every YAML file below `dir` (links to folders are not followed), as relative paths. */
function yamlFilesBelow(abs: string, rel: string, out: string[]): void {
  for (const entry of list(abs)) {
    if (entry.name.startsWith('.')) continue;
    const childRel = `${rel}/${entry.name}`;
    if (entry.isDirectory()) yamlFilesBelow(join(abs, entry.name), childRel, out);
    else if (isYamlName(entry.name)) out.push(childRel);
  }
}

export interface LoadOptions {
  /**
   * Texts that replace (or add) files, by path relative to the folder: a write command checks the folder as
   * it would be after the write, before writing anything.
   */
  overlay?: ReadonlyMap<string, string>;
  /**
   * An earlier load of the same folder: files it read and the overlay does not replace are taken from it
   * instead of being read and parsed again (a write checks the folder before and after the change).
   */
  reuse?: LoadedFolder;
}

/** Findings of reading and parsing one file (not of where it lies): what a reused file brings along. */
const READ_RULES = new Set(['file', 'encoding', 'syntax']);

/** The kind of record a relative path holds, by the layout of docs/records.md, or undefined. */
export function kindOfPath(rel: string): { kind: RecordKind; yearFolder?: string } | undefined {
  if (rel === BODY_FILE) return { kind: 'body' };
  const parts = rel.split('/');
  const kind = kindOfFolder(parts[0]!);
  if (!kind || !parts[parts.length - 1]!.endsWith('.yaml')) return undefined;
  if (YEAR_DIRS.has(parts[0]!)) return parts.length === 3 && /^\d{4}$/.test(parts[1]!) ? { kind, yearFolder: parts[1] } : undefined;
  return parts.length === 2 ? { kind } : undefined;
}

export function loadFolder(root: string, options: LoadOptions = {}): LoadedFolder {
  const realRoot = realpathSync(root);
  const overlay = options.overlay ?? new Map<string, string>();
  const seen = new Set<string>();
  const earlier = new Map((options.reuse?.records ?? []).map((r) => [r.file.path, r]));
  const records: RawRecord[] = [];
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let fileCount = 0;

  const readRecord = (kind: RecordKind, rel: string, yearFolder?: string): void => {
    fileCount++;
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    const id = name.replace(/\.yaml$/, '');
    if (kind !== 'body' && !ID_PATTERN.test(id)) {
      diagnostics.push(
        layout(
          rel,
          `文件名“${id}”不是有效的 id:id 只能由小写英文字母、数字和单个连字符组成,例如 mz、2024-03-15-plenary。`,
          `The file name "${id}" is not a valid id: ids are lowercase ASCII letters and digits joined by single hyphens, e.g. mz, 2024-03-15-plenary.`,
        ),
      );
    }
    seen.add(rel);
    const replaced = overlay.get(rel);
    const before = replaced === undefined ? earlier.get(rel) : undefined;
    if (before) {
      records.push(before);
      const parsedBefore = options.reuse!.source.sourceFile(rel);
      if (parsedBefore) sources.push(parsedBefore);
      diagnostics.push(...options.reuse!.diagnostics.filter((d) => d.file === rel && READ_RULES.has(d.rule)));
      return;
    }
    const read = replaced !== undefined ? ({ ok: true, text: replaced } as const) : readRecordFile(realRoot, join(root, ...rel.split('/')), rel);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      records.push({ kind, id, file: { path: rel, text: '' }, data: undefined, yearFolder });
      return;
    }
    const parsed = parseYaml(rel, read.text);
    diagnostics.push(...parsed.diagnostics);
    sources.push(parsed.file);
    records.push({ kind, id, file: { path: rel, text: parsed.file.text }, data: parsed.data, yearFolder });
  };

  for (const entry of list(root)) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const abs = join(root, name);
    if (entry.isSymbolicLink() && !isLinkInside(realRoot, abs)) {
      diagnostics.push({
        file: name,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'file',
        message: message(
          '该项是指向记录文件夹之外的符号链接,已拒绝读取。',
          'This is a symbolic link to a place outside the record folder and is refused.',
        ),
      });
      continue;
    }
    if (entry.isFile() || entry.isSymbolicLink()) {
      if (name === BODY_FILE) readRecord('body', name);
      else if (isYamlName(name))
        diagnostics.push(
          layout(
            name,
            `记录文件夹根目录下只应有 yishi.yaml;此文件不会被读取。${kindNamesZh}请放入各自的文件夹。`,
            `Only yishi.yaml belongs at the top of the record folder; this file is not read. Put ${kindNamesEn} in their folders.`,
            'warning',
          ),
        );
      continue;
    }
    if (!entry.isDirectory() || SKIPPED_DIRS.has(name)) continue;
    const kind = kindOfFolder(name);
    if (!kind) {
      const stray: string[] = [];
      yamlFilesBelow(abs, name, stray);
      for (const rel of stray)
        diagnostics.push(
          layout(
            rel,
            `“${name}/”不是记录文件夹(应为 ${folderList('、', '年')} 之一),此文件不会被读取。`,
            `"${name}/" is not a record folder (${folderList(', ', 'year')}); this file is not read.`,
            'warning',
          ),
        );
      continue;
    }
    for (const child of list(abs)) {
      const rel = `${name}/${child.name}`;
      if (child.name.startsWith('.')) continue;
      if (child.isDirectory()) {
        const files: string[] = [];
        yamlFilesBelow(join(abs, child.name), rel, files);
        for (const f of files) {
          const depth = f.split('/').length;
          if (YEAR_DIRS.has(name) && /^\d{4}$/.test(child.name) && depth === 3) {
            if (f.endsWith('.yaml')) readRecord(kind, f, child.name);
            else diagnostics.push(wrongExtension(f));
          } else {
            diagnostics.push(
              YEAR_DIRS.has(name)
                ? layout(
                    f,
                    `${name}/ 下的文件应放在四位年份文件夹中,例如 ${name}/2024/<id>.yaml;此文件不会被读取。`,
                    `Files under ${name}/ belong in a four-digit year folder such as ${name}/2024/<id>.yaml; this file is not read.`,
                  )
                : layout(
                    f,
                    `${name}/ 下的文件应直接放在 ${name}/ 中,不要再建子文件夹;此文件不会被读取。`,
                    `Files under ${name}/ belong directly in ${name}/, without sub-folders; this file is not read.`,
                  ),
            );
          }
        }
        continue;
      }
      if (!isYamlName(child.name)) continue;
      if (YEAR_DIRS.has(name)) {
        diagnostics.push(
          layout(
            rel,
            `${name}/ 下的文件应放在四位年份文件夹中,例如 ${name}/2024/${child.name};此文件不会被读取。`,
            `Files under ${name}/ belong in a four-digit year folder, e.g. ${name}/2024/${child.name}; this file is not read.`,
          ),
        );
      } else if (!child.name.endsWith('.yaml')) {
        diagnostics.push(wrongExtension(rel));
      } else {
        readRecord(kind, rel);
      }
    }
  }
  for (const rel of [...overlay.keys()].sort()) {
    if (seen.has(rel)) continue;
    const where = kindOfPath(rel);
    if (where) readRecord(where.kind, rel, where.yearFolder);
  }
  return { root, records, diagnostics, fileCount, source: sourceIndexOf(sources) };
}

function wrongExtension(rel: string): Diagnostic {
  return layout(
    rel,
    '记录文件的扩展名应为 .yaml(不是 .yml 或大写);此文件不会被读取。',
    'Record files end in .yaml (not .yml, not upper case); this file is not read.',
  );
}

function isLinkInside(realRoot: string, abs: string): boolean {
  try {
    return isInside(realRoot, realpathSync(abs)) && !lstatSync(abs).isDirectory();
  } catch {
    return false;
  }
}
