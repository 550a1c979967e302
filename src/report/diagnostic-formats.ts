// The output formats of findings (`yishi validate --format`), one module each, loaded only for the format asked
// for. Add a format: one file, one entry here; the command's choices come from this list.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Lang } from '../core/diagnostic.js';

export const DIAGNOSTIC_FORMATS = ['text', 'json', 'github'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

export interface FindingsOutput {
  diagnostics: readonly Diagnostic[];
  fileCount: number;
  lang: Lang;
  /** The colours of a terminal (text). */
  chalk: () => Promise<ChalkInstance>;
  /** The record folder's path from the top of its git repository, '' or ending in `/` (GitHub annotations). */
  pathInRepository: () => Promise<string>;
}

export async function formatFindings(format: DiagnosticFormat, o: FindingsOutput): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./format-json.js')).formatJson([...o.diagnostics], o.fileCount, o.lang);
    case 'github': {
      // Annotations name files from the top of the repository, where the record folder may be a sub-folder.
      const prefix = await o.pathInRepository();
      return (await import('./format-github.js')).formatGithub(
        o.diagnostics.map((d) => ({ ...d, file: prefix + d.file })),
        o.lang,
      );
    }
    case 'text':
      return (await import('./format-text.js')).formatText([...o.diagnostics], o.fileCount, o.lang, await o.chalk());
  }
}
