// Which record files a reading command had to leave out: unreadable, unparsable, failing their schema, or a
// second file with an id already taken. `yishi validate` says why; readers only say how many.
import type { LoadedFolder } from '../load/load-folder.js';
import type { Records } from '../model/records.js';

export function skippedFiles(loaded: LoadedFolder, records: Records): string[] {
  const kept = (path: string, kind: string, id: string): boolean => {
    switch (kind) {
      case 'body':
        return records.body?.file.path === path;
      case 'member':
        return records.members.get(id)?.file.path === path;
      case 'duty':
        return records.duties.get(id)?.file.path === path;
      case 'meeting':
        return records.meetings.get(id)?.file.path === path;
      case 'resolution':
        return records.resolutions.get(id)?.file.path === path;
      case 'supervision':
        return records.supervisions.get(id)?.file.path === path;
      default:
        return false;
    }
  };
  return loaded.records.filter((r) => !kept(r.file.path, r.kind, r.id)).map((r) => r.file.path);
}
