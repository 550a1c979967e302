// Read only yishi.yaml of a record folder, for commands that need the body's settings but not its records.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { BODY_FILE } from './find-folder.js';
import type { RawRecord } from './load-folder.js';
import { parseYaml } from './parse-yaml.js';
import { readRecordFile } from './read-file.js';
import { sourceIndexOf, type SourceIndex } from './source-index.js';

/** yishi.yaml as read and parsed, when it reads and parses without errors; its schema is not checked here. */
export function readBody(root: string): { body: RawRecord; source: SourceIndex } | undefined {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return undefined;
  }
  const read = readRecordFile(realRoot, join(root, BODY_FILE), BODY_FILE);
  if (!read.ok) return undefined;
  const parsed = parseYaml(BODY_FILE, read.text);
  if (parsed.data === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const body: RawRecord = { kind: 'body', id: 'yishi', file: { path: BODY_FILE, text: parsed.file.text }, data: parsed.data };
  return { body, source: sourceIndexOf([parsed.file]) };
}
