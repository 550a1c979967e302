// A resolution as its record stood on a date: later progress, extensions and supersession cut away.
import { describe, expect, it } from 'vitest';
import { typeRecords } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { resolutionOn } from '../../src/model/resolution-on.js';
import { dueDateOf, isOverdue, isSuperseded, statusOf } from '../../src/model/task-state.js';
import { EXAMPLE } from '../helpers/folder.js';

describe('resolutionOn', () => {
  const records = typeRecords(loadFolder(EXAMPLE)).records;
  const fund = records.resolutions.get('2025-03-20-plenary-4')!.data; // extended on 2025-12-19 and 2026-06-24

  it('keeps only the extensions granted by meetings held by the date', () => {
    expect(dueDateOf(resolutionOn(records, fund, '2025-12-18'))).toBe('2025-12-31');
    expect(dueDateOf(resolutionOn(records, fund, '2025-12-19'))).toBe('2026-06-30');
    expect(dueDateOf(resolutionOn(records, fund, '2026-11-28'))).toBe('2026-12-31');
  });

  it('leaves out what a meeting on the date itself decides when asked to (an agenda before the meeting)', () => {
    expect(dueDateOf(resolutionOn(records, fund, '2026-06-24', { meetingsOnDate: false }))).toBe('2026-06-30');
    expect(dueDateOf(resolutionOn(records, fund, '2026-06-24'))).toBe('2026-12-31');
  });

  it('keeps only the progress reported by the date', () => {
    const db = records.resolutions.get('2024-03-15-plenary-2')!.data; // done on 2024-09-26
    expect(statusOf(resolutionOn(records, db, '2024-03-31'))).toBe('open');
    expect(statusOf(resolutionOn(records, db, '2024-09-25'))).toBe('in_progress');
    expect(statusOf(resolutionOn(records, db, '2024-09-26'))).toBe('done');
    // Extended on 2024-06-20 to 2024-09-30: not overdue on 2024-07-01, but it would have been without it.
    expect(isOverdue(resolutionOn(records, db, '2024-07-01'), '2024-07-01')).toBe(false);
    expect(isOverdue(resolutionOn(records, db, '2024-06-19'), '2024-07-01')).toBe(true);
  });

  it('keeps a supersession only once the superseding meeting was held', () => {
    const plan = records.resolutions.get('2025-03-20-plenary-5')!.data; // superseded on 2025-11-14
    expect(isSuperseded(resolutionOn(records, plan, '2025-11-13'))).toBe(false);
    expect(isSuperseded(resolutionOn(records, plan, '2025-11-14'))).toBe(true);
  });

  it('does not change the record', () => {
    resolutionOn(records, fund, '2024-01-01');
    expect(fund.extensions).toHaveLength(2);
    expect(fund.progress).toHaveLength(4);
  });
});
