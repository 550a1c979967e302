// Load the whole record folder: every record file, parsed with positions; one broken file never stops the rest.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { message, type Diagnostic } from '../core/diagnostic.js';
import type { RecordKind } from '../core/record-kinds.js';
import { parseYaml } from './parse-yaml.js';
import { fingerprintOf, ReadAgainFile } from './read-again.js';
import { readRecordFile } from './read-file.js';
import { lazySourceFile, type SourceFile } from './source-file.js';
import { sourceIndexOf, type SourceIndex } from './source-index.js';
import { kindOfPath, walkFolder } from './walk-folder.js';
import { holdYoungGeneration, sizeYoungGenerationFor } from './young-generation.js';

export { kindOfPath } from './walk-folder.js';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A record as read from its file: its data is not yet checked against the schema. */
export interface RawRecord {
  kind: RecordKind;
  /** The file name without `.yaml`. */
  id: string;
  /**
   * The file's path relative to the record folder and its text (empty when it could not be read). `resident` is false
   * when the text was not kept (LoadOptions.keepText): `text` then reads the file again (read-again.ts).
   */
  file: { readonly path: string; readonly text: string; readonly resident?: false; readonly changedSinceRead?: boolean };
  /** Parsed data, or undefined when the file could not be read or parsed. */
  data: unknown;
  /** The year folder the file sits in (meetings and resolutions). */
  yearFolder?: string;
}

export interface LoadedFolder {
  /** Absolute path of the record folder. */
  root: string;
  /** LoadOptions.keepText, when the load was given one: files it turned down have `file.resident` false. */
  keptText?: (text: string, data: unknown) => boolean;
  records: RawRecord[];
  diagnostics: Diagnostic[];
  /** Number of record files read (for the summary). */
  fileCount: number;
  /** Where each field of the records sits in its file. */
  source: SourceIndex;
  /** Folders (with a trailing `/`) that could not be read or were refused: records may be missing there. */
  unreadable: string[];
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
  /** The most record files read (LIMITS.files); tests of the limit pass a small one. */
  maxFiles?: number;
  /**
   * Which texts of files read on the fast path to keep in memory; the others are read again when asked for
   * (read-again.ts). By default every text is kept. A check passes the test that tells which files it will read
   * again (validate: the personal-data guard's), so that a large archive is not held in memory twice over.
   */
  keepText?: (text: string, data: unknown) => boolean;
}

/** Findings of reading and parsing one file (not of where it lies): what a reused file brings along. */
const READ_RULES = new Set(['file', 'encoding', 'syntax']);

function layout(file: string, zh: string, en: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', rule: 'layout', message: message(zh, en) };
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
    const read =
      replaced !== undefined ? ({ ok: true, text: replaced } as const) : readRecordFile(realRoot, join(root, ...rel.split('/')), rel);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      records.push({ kind, id, file: { path: rel, text: '' }, data: undefined, yearFolder });
      return;
    }
    const parsed = parseYaml(rel, read.text);
    diagnostics.push(...parsed.diagnostics);
    if (replaced === undefined && parsed.fast && options.keepText && !options.keepText(read.text, parsed.data)) {
      const file = new ReadAgainFile(rel, root, realRoot, fingerprintOf(read.text));
      sources.push(lazySourceFile(rel, file));
      records.push({ kind, id, file, data: parsed.data, yearFolder });
      return;
    }
    sources.push(parsed.file);
    records.push({ kind, id, file: { path: rel, text: parsed.file.text }, data: parsed.data, yearFolder });
  };

  holdYoungGeneration();
  const walked = walkFolder(root, options.maxFiles);
  sizeYoungGenerationFor(walked.entries.length);
  diagnostics.push(...walked.diagnostics);
  for (const entry of walked.entries) readRecord(entry.kind, entry.rel, entry.yearFolder);
  for (const rel of [...overlay.keys()].sort()) {
    if (seen.has(rel)) continue;
    const where = kindOfPath(rel);
    if (where) readRecord(where.kind, rel, where.yearFolder);
  }
  const source = sourceIndexOf(sources);
  return { root, keptText: options.keepText, records, diagnostics, fileCount, source, unreadable: walked.unreadable };
}
