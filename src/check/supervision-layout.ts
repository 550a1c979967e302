// A supervision record lies in the folder of the year of its date.
import type { Diagnostic } from '../core/diagnostic.js';
import { defineMessages, say } from '../core/messages.js';
import type { RawRecord } from '../load/load-folder.js';
import { positionOf } from '../load/source-file.js';
import type { Records } from '../model/records.js';

const messages = defineMessages({
  wrongYearFolder: {
    zh: '督办文书的日期在 {year} 年,文件却在 supervision/{folder}/ 中。请移到 supervision/{year}/。',
    en: 'The supervision record is dated {year} but the file is in supervision/{folder}/. Move it to supervision/{year}/.',
  },
});

export function supervisionYearFolder(raw: RawRecord, records: Records): Diagnostic[] {
  const rec = records.supervisions.get(raw.id);
  if (!rec || rec.file !== raw.file) return [];
  const year = rec.data.date.slice(0, 4);
  if (year === raw.yearFolder) return [];
  return [
    {
      file: raw.file.path,
      ...positionOf(raw.file, ['date']),
      severity: 'error',
      rule: 'layout',
      message: say(messages, 'wrongYearFolder', { year, folder: raw.yearFolder ?? '' }),
    },
  ];
}
