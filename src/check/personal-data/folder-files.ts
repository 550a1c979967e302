// The personal-data guard over what the record loader does not read as records: the name of every file and
// folder under the record folder (hidden ones and stray folders included), the text of every other text
// file (materials' .txt, .md and .csv, hidden or misplaced .yaml), and a note naming each document whose
// contents yishi cannot read (.pdf, .docx, images).
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { say } from '../../core/messages.js';
import { decodeText } from '../../load/decode-text.js';
import { LOCK_FILE } from '../../load/find-folder.js';
import { readRegularBytes } from '../../load/read-file.js';
import { LineCounter } from 'yaml';
import { PERSONAL_DATA_MESSAGES as M } from './messages.js';
import type { FoundNumber } from './find-numbers.js';
import { mayHoldNumbers, scanText } from './scan-text.js';
import { wrapped } from './wrapped.js';

const TEXT_EXTENSIONS = new Set(['yaml', 'yml', 'txt', 'md', 'markdown', 'csv', 'tsv', 'json']);
const NOT_WALKED = new Set(['.git', 'node_modules']);
/** Larger text files are read up to this many bytes. */
const MAX_TEXT_BYTES = 8 * 1024 * 1024;

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Every file and folder below `root`, as relative paths with `/`, and whether each is a folder. */
export function pathsBelow(root: string): Array<{ rel: string; folder: boolean }> {
  const out: Array<{ rel: string; folder: boolean }> = [];
  const walk = (abs: string, rel: string): void => {
    for (const entry of list(abs)) {
      if (NOT_WALKED.has(entry.name)) continue;
      // The lock of a write in progress holds its pid and start time, never a person's data.
      if (rel === '' && entry.name === LOCK_FILE) continue;
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const folder = entry.isDirectory();
      out.push({ rel: childRel, folder });
      if (folder) walk(join(abs, entry.name), childRel);
    }
  };
  walk(root, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** The name with each found number masked as 139****5678 (first 3 and last 4 digits kept), so that the finding does not repeat it. */
function masked(name: string, found: readonly FoundNumber[]): string {
  const hidden = new Set<number>();
  for (const f of found) for (const offset of f.digitOffsets.slice(3, -4)) hidden.add(offset);
  let out = '';
  for (let i = 0; i < name.length; i++) out += hidden.has(i) ? '*' : name[i];
  return out;
}

/** A finding for each number in a name; `shown` is its path with every number masked. */
function nameFindings(found: readonly FoundNumber[], shown: string): Diagnostic[] {
  return found.map((f) => ({
    file: shown,
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'personal-data',
    message: wrapped('inName', f.kind, { name: shown }),
  }));
}

/** The findings in a text file; undefined when it is not text after all (it holds NUL bytes). */
function textFindings(root: string, rel: string, shown: string): Diagnostic[] | undefined {
  let bytes: Buffer;
  try {
    const read = readRegularBytes(join(root, ...rel.split('/')), MAX_TEXT_BYTES);
    bytes = Buffer.isBuffer(read) ? read : Buffer.alloc(0);
  } catch {
    return [];
  }
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  const decoded = decodeText(bytes.subarray(0, MAX_TEXT_BYTES));
  const text = decoded.ok ? decoded.text : new TextDecoder('gb18030').decode(bytes.subarray(0, MAX_TEXT_BYTES));
  const found = scanText(text);
  if (found.length === 0) return [];
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return found.map((f) => {
    const { line, col } = lines.linePos(f.offset);
    return { file: shown, line, column: col, severity: 'error', rule: 'personal-data', message: say(M, f.kind) };
  });
}

/**
 * Names of every path; texts of the text files that are not `records` (already checked as YAML); a note
 * for each other file. `records` are relative paths of the files read as records.
 */
export function checkFolderFiles(root: string, records: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const shownFolders = new Map<string, string>();
  for (const { rel, folder } of pathsBelow(root)) {
    const slash = rel.lastIndexOf('/');
    const name = rel.slice(slash + 1);
    const found = mayHoldNumbers(name) ? scanText(name) : [];
    // Parents come first in the sorted walk: their masked path is known.
    const parent = slash < 0 ? '' : `${shownFolders.get(rel.slice(0, slash)) ?? rel.slice(0, slash)}/`;
    const shown = parent + (found.length > 0 ? masked(name, found) : name);
    out.push(...nameFindings(found, shown));
    if (folder) shownFolders.set(rel, shown);
    if (folder || records.has(rel)) continue;
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
    const asText = TEXT_EXTENSIONS.has(ext) || dot <= 0 ? textFindings(root, rel, shown) : undefined;
    if (asText) out.push(...asText);
    else
      out.push({
        file: shown,
        line: 1,
        column: 1,
        severity: 'note',
        rule: 'personal-data',
        message: say(M, 'unreadDocument', { ext: ext ? `.${ext}` : name }),
      });
  }
  return out;
}
