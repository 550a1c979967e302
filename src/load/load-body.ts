// Read only yishi.yaml of a record folder, for commands that need the body's settings but not its records.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { BODY_FILE } from './find-folder.js';
import { parseYaml } from './parse-yaml.js';
import { readRecordFile } from './read-file.js';
import { checkSchema } from '../schema/check-schema.js';
import { emptyRecords, type Rec, type Records } from '../model/records.js';
import type { Body } from '../model/types.js';

/** Records holding only the body, when yishi.yaml reads, parses and passes its schema; else no body. */
export function loadBody(root: string): Records {
  const records = emptyRecords(root);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return records;
  }
  const read = readRecordFile(realRoot, join(root, BODY_FILE), BODY_FILE);
  if (!read.ok) return records;
  const parsed = parseYaml(BODY_FILE, read.text);
  if (parsed.data === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) return records;
  if (checkSchema('body', parsed.file, parsed.data).length > 0) return records;
  records.body = { kind: 'body', id: 'yishi', file: parsed.file, data: parsed.data } as Rec<Body>;
  return records;
}
