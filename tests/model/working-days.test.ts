// Working days against the State Council's published schedules: 国办发明电〔2024〕12号 (2025) and the notice of
// 2025-11-04 (2026), whose dates the installed chinese-days package holds.
import { describe, expect, it } from 'vitest';
import { scheduleOf } from '../../src/model/holiday-schedule.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween, yearsNotCovered } from '../../src/model/working-days.js';

describe('isWorkingDay, 2025', () => {
  it('春节 1.28–2.4 off; Sunday 1.26 and Saturday 2.8 work', () => {
    for (const d of ['2025-01-28', '2025-01-29', '2025-01-31', '2025-02-03', '2025-02-04']) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2025-01-26')).toBe(true);
    expect(isWorkingDay('2025-02-08')).toBe(true);
    expect(isWorkingDay('2025-01-27')).toBe(true);
    expect(isWorkingDay('2025-02-05')).toBe(true);
    expect(isWorkingDay('2025-02-09')).toBe(false);
  });
  it('国庆 10.1–10.8 off; Sunday 9.28 and Saturday 10.11 work', () => {
    for (let day = 1; day <= 8; day++) expect(isWorkingDay(`2025-10-0${day}`)).toBe(false);
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(isWorkingDay('2025-10-12')).toBe(false);
  });
});

describe('isWorkingDay, 2026', () => {
  it('春节 2.15–2.23 off; Saturdays 2.14 and 2.28 work', () => {
    for (let day = 15; day <= 23; day++) expect(isWorkingDay(`2026-02-${day}`)).toBe(false);
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    expect(isWorkingDay('2026-02-24')).toBe(true);
  });
  it('国庆 10.1–10.7 off; Sunday 9.20 and Saturday 10.10 work; 中秋 9.25 (Friday) off', () => {
    for (let day = 1; day <= 7; day++) expect(isWorkingDay(`2026-10-0${day}`)).toBe(false);
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(isWorkingDay('2026-10-08')).toBe(true);
    expect(isWorkingDay('2026-09-25')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it("RECORDS.md's example: 5 working days from Monday 2025-09-29 end on 2025-10-13", () => {
    expect(addWorkingDays('2025-09-29', 5)).toBe('2025-10-13');
    expect(workingDaysBetween('2025-09-29', '2025-10-13')).toBe(5);
    expect(workingDaysBetween('2025-10-13', '2025-09-29')).toBe(-5);
  });
  it('across the 2025 Spring Festival: the 调休 Sunday counts, the holiday does not', () => {
    // Fri 1.24 → Sun 1.26 (调休), Mon 1.27, then 1.28–2.4 off, Wed 2.5, Thu 2.6
    expect(addWorkingDays('2025-01-24', 4)).toBe('2025-02-06');
    expect(addWorkingDays('2025-01-24', 0)).toBe('2025-01-24');
  });
  it('across the 2026 Spring Festival and National Day', () => {
    // Fri 2.13 → Sat 2.14 (调休), then 2.15–2.23 off, Tue 2.24
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    // Fri 9.18 → Sun 9.20 (调休), Mon 9.21 … Thu 9.24, (9.25–9.27 中秋), Mon 9.28 … Wed 9.30, (10.1–10.7), Thu 10.8, Fri 10.9, Sat 10.10
    expect(addWorkingDays('2026-09-18', 11)).toBe('2026-10-10');
    expect(workingDaysBetween('2026-09-18', '2026-10-10')).toBe(11);
  });
  it('beyond the schedule: weekends only, and the year is named', () => {
    const schedule = scheduleOf(['2025-10-01'], ['2025-09-28']);
    expect(yearsNotCovered('2025-12-30', '2027-01-04', schedule)).toEqual([2026, 2027]);
    expect(yearsNotCovered('2025-01-01', '2025-12-31', schedule)).toEqual([]);
    // Friday 2027-01-01 is New Year's Day, unknown to this schedule: counted as a working day
    expect(addWorkingDays('2026-12-31', 1, schedule)).toBe('2027-01-01');
    expect(addWorkingDays('2027-01-01', 1, schedule)).toBe('2027-01-04');
    expect(yearsNotCovered('2027-01-01', '2027-01-04')).toEqual([2027]);
  });
});
