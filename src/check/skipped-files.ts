// Which record files a reading command had to leave out: unreadable, unparsable, failing their schema, or a
// second file with an id already taken. `yishi validate` says why; readers only say how many.
import type { LoadedFolder } from '../load/load-folder.js';
import type { RecordKind } from '../core/record-kinds.js';
import { recordsOfKind, type Records } from '../model/records.js';

export function skippedFiles(loaded: LoadedFolder, records: Records): string[] {
  const kept = (path: string, kind: RecordKind, id: string): boolean =>
    (kind === 'body' ? records.body : recordsOfKind(records, kind).get(id))?.file.path === path;
  return loaded.records.filter((r) => !kept(r.file.path, r.kind, r.id)).map((r) => r.file.path);
}
