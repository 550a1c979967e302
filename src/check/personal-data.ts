// The personal-data guard of docs/records.md: identity-card numbers (GB 11643 check digit), bank-card numbers
// (Luhn) and mobile numbers are refused anywhere but a liaison's `phone` field, in every form a person types
// them. The work is done in personal-data/: one pass over each file's text.
import type { Diagnostic } from '../core/diagnostic.js';
import type { LoadedFolder, RawRecord } from '../load/load-folder.js';
import { fileMemo } from './file-memo.js';
import type { SourceFile } from '../load/source-file.js';
import { checkFolderFiles } from './personal-data/folder-files.js';
import { mayHoldNumbers, scanText } from './personal-data/scan-text.js';
import { checkYamlFile } from './personal-data/yaml-file.js';

export { isBankCardNumber, isIdentityNumber } from './personal-data/numbers.js';

/** One record file, parsed. */
export function checkPersonalData(file: SourceFile): Diagnostic[] {
  return checkYamlFile(file);
}

/** Does any string of a record's data (keys included), as YAML read it, hold a personal number? */
function readStringsHoldNumbers(data: unknown): boolean {
  // The shortest personal number has 11 digits: a shorter string (a date, an id) cannot hold one.
  if (typeof data === 'string') return data.length >= 11 && mayHoldNumbers(data) && scanText(data).length > 0;
  if (Array.isArray(data)) return data.some(readStringsHoldNumbers);
  if (data !== null && typeof data === 'object') {
    // Keys, not entries: no pair is made for each field of every record.
    const object = data as Record<string, unknown>;
    for (const key of Object.keys(object)) if (readStringsHoldNumbers(key) || readStringsHoldNumbers(object[key])) return true;
  }
  return false;
}

/**
 * Also what `validate` loads with as `keepText`: the texts it turns down are never needed again unless a finding
 * asks for a position in them.
 *
 * checkYamlFile finds only numbers that its text as written or one of its strings as YAML read it holds: a record
 * with neither has nothing to find, and its YAML document (parsed for positions on demand) is never needed.
 */
export function mayHoldPersonalData(text: string, data: unknown): boolean {
  return mayHoldNumbers(text) && (scanText(text).length > 0 || readStringsHoldNumbers(data));
}

/**
 * The findings of one record, kept with it: a write checks the folder before and after the change, and the
 * records it leaves alone are the same objects in both loads (load-folder.ts `reuse`).
 */
const recordScans = fileMemo<Diagnostic[]>();

function scanRecord(loaded: LoadedFolder, r: RawRecord): Diagnostic[] {
  return recordScans.of(r, r.file.path, () => {
    // A text the load did not keep because this very test turned it down holds nothing to find (load-folder.ts keepText).
    if (r.file.resident === false && loaded.keptText === mayHoldPersonalData) return [];
    const file = mayHoldPersonalData(r.file.text, r.data) ? loaded.source.sourceFile(r.file.path) : undefined;
    return file ? checkYamlFile(file) : [];
  });
}

/** Every record that parsed, every name under the folder, every other text file; a note for documents. */
export function checkPersonalDataInFolder(loaded: LoadedFolder): Diagnostic[] {
  const broken = new Set(loaded.diagnostics.map((d) => d.file));
  const parsed = loaded.records.filter((r) => r.data !== undefined && !broken.has(r.file.path));
  // A record that did not parse is read as plain text below.
  const read = new Set(parsed.map((r) => r.file.path));
  const scanned = parsed.flatMap((r) => scanRecord(loaded, r));
  return [...scanned, ...checkFolderFiles(loaded.root, read)];
}
