// Every document rendered from the example body, in Chinese and in English, compared byte for byte with the
// files under tests/golden/render/. After a deliberate change, regenerate them with
//   UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts
// and read the diff as the clerk who sends the documents would before committing it.
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { typeRecords } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { monthPeriod, quarterPeriod } from '../../src/render/period.js';
import { renderAgenda } from '../../src/render/render-agenda.js';
import { renderBrief } from '../../src/render/render-brief.js';
import { renderDuties } from '../../src/render/render-duties.js';
import { renderMinutes } from '../../src/render/render-minutes.js';
import { renderReport } from '../../src/render/render-report.js';
import { renderRoster } from '../../src/render/render-roster.js';
import { EXAMPLE, REPO } from '../helpers/folder.js';
import { expectGolden } from '../helpers/golden.js';

const GOLDEN = join(REPO, 'tests/golden/render');
const AS_OF = '2026-11-28';
const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** One meeting of each kind and state: plenary with a deputy attending, written review, delegated thematic
 * meeting with a 救急难 case, liaison meeting, draft minutes, and the plenary the demo renders. */
const MINUTES = [
  '2024-03-15-plenary',
  '2024-06-20-written',
  '2024-08-16-thematic',
  '2025-09-12-liaison',
  '2026-03-18-plenary',
  '2026-11-20-thematic',
];
const AGENDAS = ['2026-03-18-plenary', '2026-06-24-written'];
const YEARS = [2024, 2025];

function goldenCases(): Array<{ file: string; render: (lang: Lang) => string }> {
  const records = typeRecords(loadFolder(EXAMPLE)).records;
  return [
    ...MINUTES.map((id) => ({ file: `minutes-${id}`, render: (lang: Lang) => renderMinutes(records, id, { lang }) })),
    ...AGENDAS.map((id) => ({ file: `agenda-${id}`, render: (lang: Lang) => renderAgenda(records, id, { lang }) })),
    { file: 'roster', render: (lang: Lang) => renderRoster(records, { lang, asOf: AS_OF }) },
    { file: 'duties', render: (lang: Lang) => renderDuties(records, { lang, asOf: AS_OF }) },
    ...YEARS.map((year) => ({ file: `report-${year}`, render: (lang: Lang) => renderReport(records, { lang, year, asOf: AS_OF }) })),
    {
      file: 'brief-2025Q3',
      render: (lang: Lang) => renderBrief(records, { lang, period: quarterPeriod(2025, 3), number: 3, asOf: '2025-10-10' }),
    },
    { file: 'brief-2026-06', render: (lang: Lang) => renderBrief(records, { lang, period: monthPeriod(2026, 6), number: 6, asOf: AS_OF }) },
  ];
}

describe('rendered documents of the example body match their golden files', () => {
  for (const c of goldenCases())
    for (const lang of LANGS) {
      it(`${c.file}.${lang}.md`, () => {
        expectGolden(GOLDEN, `${c.file}.${lang}.md`, c.render(lang));
      });
    }
});
