// How much memory a large folder takes: V8 lets the young generation of its heap grow to two halves of 16 MiB when
// many objects outlive a collection, as the records of a folder do. On 11,000 files that is a fifth of yishi's peak
// memory and no faster, so a large folder keeps it at its starting size. A small folder lets it grow: there that
// makes a command faster, by some 15 ms on the example. The growth is held back from the start of the command
// (cli/main.ts) until the folder is listed, and let go if it turns out small. The flag is set only once the bundle is
// compiled, and a small folder sets it back to V8's default: V8 accepts the bundle's code cache only under the flags
// it was made with (bin/load-bundle.cjs; scripts/code-cache.js makes it on the small example folder).
import { setFlagsFromString } from 'node:v8';

/** From this many record files on, the young generation stays at its starting size. */
export const LARGE_FOLDER_FILES = 2000;

/** V8's own growth factor (--semi-space-growth-factor), and none. */
const GROWS = '--semi-space-growth-factor=2';
const STAYS = '--semi-space-growth-factor=1';

let large = false;

/** Before the folder is listed: no growth until its size is known. */
export function holdYoungGeneration(): void {
  if (!large) setFlagsFromString(STAYS);
}

/** Once it is listed: a large folder keeps the young generation as it is, for the rest of the command. */
export function sizeYoungGenerationFor(files: number): void {
  if (large) return;
  if (files >= LARGE_FOLDER_FILES) large = true;
  else setFlagsFromString(GROWS);
}
