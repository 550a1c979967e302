// The documents of the example body that the .docx tests render, each in Chinese and in English.
import { typeRecords } from '../../src/check/check-folder.js';
import type { DocumentModel } from '../../src/document/blocks.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { DOCUMENT_TYPES, type DocumentName, type DocumentRequest } from '../../src/render/documents.js';
import { quarterPeriod } from '../../src/render/period.js';
import { EXAMPLE } from '../helpers/folder.js';

export const AS_OF = '2026-11-28';
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface DocxCase {
  file: string;
  document: DocumentName;
  request: Omit<DocumentRequest, 'lang'>;
}

export const DOCX_CASES: DocxCase[] = [
  { file: 'minutes-2026-03-18-plenary', document: 'minutes', request: { today: AS_OF, meetingId: '2026-03-18-plenary' } },
  { file: 'minutes-2024-06-20-written', document: 'minutes', request: { today: AS_OF, meetingId: '2024-06-20-written' } },
  { file: 'agenda-2026-03-18-plenary', document: 'agenda', request: { today: AS_OF, meetingId: '2026-03-18-plenary' } },
  { file: 'roster', document: 'roster', request: { today: AS_OF } },
  { file: 'duties', document: 'duties', request: { today: AS_OF } },
  { file: 'report-2025', document: 'report', request: { today: AS_OF, year: 2025 } },
  { file: 'brief-2025Q3', document: 'brief', request: { today: '2025-10-10', period: quarterPeriod(2025, 3), number: 3 } },
  { file: 'supervision-2025-12-05-nyncj', document: 'supervision', request: { today: AS_OF, supervisionId: '2025-12-05-nyncj' } },
  { file: 'supervision-2026-07-10-circular', document: 'supervision', request: { today: AS_OF, supervisionId: '2026-07-10-circular' } },
];

let records: ReturnType<typeof typeRecords>['records'] | undefined;

export async function buildCase(c: DocxCase, lang: Lang): Promise<DocumentModel> {
  records ??= typeRecords(loadFolder(EXAMPLE)).records;
  return DOCUMENT_TYPES[c.document].build(records, { ...c.request, lang });
}
