// The personal-data guard of docs/records.md: identity-card numbers (GB 11643 check digit), bank-card numbers
// (Luhn) and mobile numbers are refused anywhere but a liaison's `phone` field, in every form a person types
// them. The work is done in personal-data/: one pass over each file's text.
import type { Diagnostic } from '../core/diagnostic.js';
import type { LoadedFolder } from '../load/load-folder.js';
import type { SourceFile } from '../load/source-file.js';
import { checkFolderFiles } from './personal-data/folder-files.js';
import { checkYamlFile } from './personal-data/yaml-file.js';

export { isBankCardNumber, isIdentityNumber } from './personal-data/numbers.js';

/** One record file, parsed. */
export function checkPersonalData(file: SourceFile): Diagnostic[] {
  return checkYamlFile(file);
}

/** Every record that parsed, every name under the folder, every other text file; a note for documents. */
export function checkPersonalDataInFolder(loaded: LoadedFolder): Diagnostic[] {
  const broken = new Set(loaded.diagnostics.map((d) => d.file));
  const parsed = loaded.records.flatMap((r) => {
    const file = r.data !== undefined && !broken.has(r.file.path) ? loaded.source.sourceFile(r.file.path) : undefined;
    return file ? [file] : [];
  });
  // A record that did not parse is read as plain text below.
  const read = new Set(parsed.map((f) => f.path));
  return [...parsed.flatMap((f) => checkYamlFile(f)), ...checkFolderFiles(loaded.root, read)];
}
