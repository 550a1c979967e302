// A record file whose text is not kept in memory after loading: most files of a large archive are never asked
// for their text again (only a finding needs a position, and only some files a second look by the personal-data
// guard), so the text is read from the file again when it is asked for. What was read first is fingerprinted: a
// file changed since is answered with no text (positions fall back to line 1, column 1), never with a text that
// does not match the data read from it.
import { join } from 'node:path';
import { readRecordFile } from './read-file.js';

/** FNV-1a over the UTF-16 code units, with the length: enough to notice that a file changed while yishi ran. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

export class ReadAgainFile {
  /** Not kept in memory: `text` reads the file again. */
  readonly resident = false;
  /** The file was found changed (or gone) when read again: a write must not go on from what it read first. */
  changedSinceRead = false;

  constructor(
    readonly path: string,
    private readonly root: string,
    private readonly realRoot: string,
    private readonly fingerprint: string,
  ) {}

  get text(): string {
    const read = readRecordFile(this.realRoot, join(this.root, ...this.path.split('/')), this.path);
    if (read.ok && fingerprintOf(read.text) === this.fingerprint) return read.text;
    this.changedSinceRead = true;
    return '';
  }
}
