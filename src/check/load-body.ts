// Read only yishi.yaml of a record folder, for commands that need the body's settings but not its records.
import { readBody } from '../load/read-body.js';
import { emptyRecords, type Records } from '../model/records.js';
import { checkSchema } from '../schema/check-schema.js';

/** Records holding only the body, when yishi.yaml reads, parses and passes its schema; else no body. */
export function loadBody(root: string): Records {
  const records = emptyRecords(root);
  const read = readBody(root);
  const checked = read ? checkSchema('body', read.body.file.path, read.body.data, read.source) : undefined;
  if (read && checked?.ok) records.body = { kind: 'body', id: read.body.id, file: read.body.file, data: checked.data };
  return records;
}
