// The documents yishi renders, in one table: a document's name, what it needs from the command line, and
// the function that builds its blocks. A new document is one renderer file and one entry here.
import type { DocumentModel } from '../document/blocks.js';
import type { Records } from '../model/records.js';
import type { Period } from './period.js';
import type { Lang } from './wording.js';

export interface DocumentRequest {
  lang: Lang;
  /** --as-of, else today in the body's timezone. */
  today: string;
  /** The meeting of a document about one meeting. */
  meetingId?: string;
  /** The supervision record of a 督办通知 or 督办通报. */
  supervisionId?: string;
  /** The year of the annual report. */
  year?: number;
  /** The period of a brief, and its issue number. */
  period?: Period;
  number?: number;
}

export interface DocumentType {
  /** minutes, agenda: the command takes a meeting id. */
  needs: 'meeting' | 'supervision' | 'year' | 'period' | 'date';
  build(records: Records, request: DocumentRequest): Promise<DocumentModel>;
}

export const DOCUMENT_TYPES = {
  minutes: {
    needs: 'meeting',
    build: async (records, r) => (await import('./render-minutes.js')).minutesDocument(records, r.meetingId!, { lang: r.lang }),
  },
  agenda: {
    needs: 'meeting',
    build: async (records, r) => (await import('./render-agenda.js')).agendaDocument(records, r.meetingId!, { lang: r.lang }),
  },
  roster: {
    needs: 'date',
    build: async (records, r) => (await import('./render-roster.js')).rosterDocument(records, { lang: r.lang, asOf: r.today }),
  },
  duties: {
    needs: 'date',
    build: async (records, r) => (await import('./render-duties.js')).dutiesDocument(records, { lang: r.lang, asOf: r.today }),
  },
  report: {
    needs: 'year',
    build: async (records, r) =>
      (await import('./render-report.js')).reportDocument(records, { lang: r.lang, asOf: r.today, year: r.year! }),
  },
  brief: {
    needs: 'period',
    build: async (records, r) =>
      (await import('./render-brief.js')).briefDocument(records, { lang: r.lang, asOf: r.today, period: r.period!, number: r.number! }),
  },
  supervision: {
    needs: 'supervision',
    build: async (records, r) => (await import('./render-supervision.js')).supervisionDocument(records, r.supervisionId!, { lang: r.lang }),
  },
} satisfies Record<string, DocumentType>;

export type DocumentName = keyof typeof DOCUMENT_TYPES;

export const DOCUMENT_NAMES = Object.keys(DOCUMENT_TYPES) as DocumentName[];
