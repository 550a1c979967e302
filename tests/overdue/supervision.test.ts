// Supervision items of the scenario body, whose answers are known, as of 2025-07-01.
import { describe, expect, test } from 'vitest';
import { supervisionSettings } from '../../src/model/supervision-settings.js';
import { groupItems, plenaryItems, supervisionItems } from '../../src/model/supervision.js';
import { roleOf, type SupervisionItem } from '../../src/model/supervision-item.js';
import { countTasks, listTasks } from '../../src/model/task-list.js';
import { recordsOf, scenarioFiles, scenarioRecords, TODAY } from './scenario.js';

const records = scenarioRecords();
const settings = supervisionSettings(records);
const T = '2024-03-01-thematic';

/** type id owner days status, one string per item, for compact assertions. */
function brief(items: readonly SupervisionItem[]): string[] {
  return items.map((i) => `${i.type} ${i.id} ${i.owner} ${i.days_overdue} ${i.status}${i.level === 'due-soon' ? ' soon' : ''}`);
}

describe('overdue as of 2025-07-01', () => {
  const items = supervisionItems(records, TODAY, settings);

  test('lists exactly what is late, most overdue first', () => {
    expect(brief(items)).toEqual([
      'plenary 2024 office 182 not_held', // no plenary in 2024
      `task ${T}-7 wjj 92 open`, // lead wjw left; its successor owns it
      `task ${T}-8 nyncj 62 open`, // fpb → xczxj → nyncj
      `task ${T}-4 cz 31 blocked`,
      `task ${T}-9 mz 31 open`, // extended to 2025-05-31, still late
      'opinion 2025-06-10-written gaj 22 no_response',
      'minutes 2025-06-01-liaison office 15 none', // held 2025-06-01, minutes due by 2025-06-16
      `task ${T}-6 gaj 1 open`, // due yesterday
    ]);
    expect(items.every((i) => i.level === 'overdue')).toBe(true);
  });

  test('leaves out what is not late', () => {
    const ids = items.map((i) => i.id);
    expect(ids).not.toContain(`${T}-1`); // extension moved its due date to 2025-09-30
    expect(ids).not.toContain(`${T}-2`); // superseded
    expect(ids).not.toContain(`${T}-3`); // done
    expect(ids).not.toContain(`${T}-5`); // due today is not overdue
    expect(ids).not.toContain('2025-06-20-thematic'); // minutes due 2025-07-05
    expect(ids).not.toContain('2025-07-15-thematic'); // not held yet
    expect(items.filter((i) => i.type === 'opinion').map((i) => i.owner)).toEqual(['gaj']); // cz answered late: answered
  });

  test('an item has the JSON shape of the issue, key order included', () => {
    const blocked = items.find((i) => i.id === `${T}-4`)!;
    expect(Object.keys(blocked)).toEqual([
      'type',
      'level',
      'id',
      'title',
      'owner',
      'lead',
      'responsible',
      'cooperating',
      'meeting',
      'due',
      'days_overdue',
      'status',
      'note',
      'supervised',
      'supervisions',
    ]);
    expect(blocked).toEqual({
      type: 'task',
      level: 'overdue',
      id: `${T}-4`,
      title: '落实有困难',
      owner: 'cz',
      lead: 'cz',
      responsible: ['mz'],
      cooperating: [],
      meeting: T,
      due: '2025-05-31',
      days_overdue: 31,
      status: 'blocked',
      note: '资金缺口较大,请领导小组协调。',
      supervised: 0,
      supervisions: [],
    });
  });
});

describe('overdue as of 2025-07-01', () => {
  const items = supervisionItems(records, TODAY, settings);

  test('succession: the owner is the end of the chain, the original lead is kept', () => {
    const one = items.find((i) => i.id === `${T}-7`)!;
    expect([one.owner, one.lead]).toEqual(['wjj', 'wjw']);
    const two = items.find((i) => i.id === `${T}-8`)!;
    expect([two.owner, two.lead]).toEqual(['nyncj', 'fpb']);
  });

  test('the extension moves the due date', () => {
    expect(items.find((i) => i.id === `${T}-9`)!.due).toBe('2025-05-31');
  });

  test('non-task items', () => {
    expect(items.find((i) => i.type === 'opinion')).toMatchObject({
      id: '2025-06-10-written',
      meeting: '2025-06-10-written',
      due: '2025-06-09',
      lead: null,
      responsible: [],
      note: null,
    });
    expect(items.find((i) => i.type === 'plenary')).toMatchObject({
      id: '2024',
      title: '2024年全体会议',
      meeting: null,
      due: '2024-12-31',
    });
  });

  test('due yesterday is 1 day overdue; due today appears only with --within', () => {
    expect(items.find((i) => i.id === `${T}-6`)!.days_overdue).toBe(1);
    const soon = supervisionItems(records, TODAY, { ...settings, withinDays: 1 }).filter((i) => i.level === 'due-soon');
    expect(brief(soon)).toEqual([`task ${T}-5 mz 0 open soon`]);
  });
});

describe('--within N: due between today and today+N-1', () => {
  test('within 5 adds the task due today and the minutes due in 4 days', () => {
    const soon = supervisionItems(records, TODAY, { ...settings, withinDays: 5 }).filter((i) => i.level === 'due-soon');
    expect(brief(soon)).toEqual([`task ${T}-5 mz 0 open soon`, 'minutes 2025-06-20-thematic office -4 draft soon']);
  });

  test('within 4 stops the day before', () => {
    const soon = supervisionItems(records, TODAY, { ...settings, withinDays: 4 }).filter((i) => i.level === 'due-soon');
    expect(soon.map((i) => i.id)).toEqual([`${T}-5`]);
  });

  test('due-soon items follow the overdue ones; an extended task comes in range', () => {
    const all = supervisionItems(records, TODAY, { ...settings, withinDays: 92 });
    expect(all.findIndex((i) => i.level === 'due-soon')).toBe(8);
    expect(brief(all.slice(8))).toEqual([
      `task ${T}-5 mz 0 open soon`,
      'minutes 2025-06-20-thematic office -4 draft soon',
      `task ${T}-1 mz -91 open soon`,
    ]);
    expect(all.find((i) => i.id === `${T}-1`)).toMatchObject({ due: '2025-09-30', days_overdue: -91 });
    expect(all.some((i) => i.id === `${T}-2` || i.id === `${T}-3`)).toBe(false);
  });
});

describe('--unit: what concerns one member, with its role', () => {
  const items = supervisionItems(records, TODAY, settings);
  const roles = (unit: string): string[] => items.filter((i) => roleOf(i, unit)).map((i) => `${i.type} ${i.id} ${roleOf(i, unit)}`);

  test('as owner, responsible and cooperating unit', () => {
    expect(roles('mz')).toEqual([`task ${T}-8 responsible`, `task ${T}-4 responsible`, `task ${T}-9 owner`, `task ${T}-6 cooperating`]);
    expect(roles('gaj')).toEqual([`task ${T}-8 cooperating`, 'opinion 2025-06-10-written owner', `task ${T}-6 owner`]);
  });

  test('a lead that left keeps its tasks as original lead; its successor owns them', () => {
    expect(roles('wjw')).toEqual([`task ${T}-7 lead`]);
    expect(roles('wjj')).toEqual([`task ${T}-7 owner`]);
    expect(roles('nyncj')).toEqual([`task ${T}-8 owner`]);
  });

  test('the office owns minutes and plenary items', () => {
    expect(roles('office')).toEqual(['plenary 2024 owner', 'minutes 2025-06-01-liaison owner']);
  });
});

describe('settings shared with the rules', () => {
  test('defaults: minutes within 15 days, plenary warning 30 days before the year ends', () => {
    expect(settings).toEqual({ minutesDays: 15, plenaryDays: 30 });
  });

  test("the minutes-issued rule's days in yishi.yaml", () => {
    const files = scenarioFiles();
    files['yishi.yaml'] += 'rules:\n  minutes-issued: { severity: warn, days: 30 }\n';
    const r = recordsOf(files);
    expect(supervisionSettings(r).minutesDays).toBe(30);
    // Held 2025-06-01: 30 days later is today, so not late.
    expect(supervisionItems(r, TODAY, supervisionSettings(r)).filter((i) => i.type === 'minutes')).toEqual([]);
  });

  test('a rule turned off turns its items off', () => {
    const files = scenarioFiles();
    files['yishi.yaml'] += 'rules:\n  minutes-issued: off\n  plenary-per-year: { severity: off }\n';
    const r = recordsOf(files);
    expect(supervisionSettings(r)).toEqual({ minutesDays: undefined, plenaryDays: undefined });
    expect(supervisionItems(r, TODAY, supervisionSettings(r)).map((i) => i.type)).not.toContain('minutes');
  });
});

describe('plenary', () => {
  const files = scenarioFiles();
  delete files['meetings/2025/2025-03-20-plenary.yaml'];
  delete files['resolutions/2025/2025-03-20-plenary-1.yaml'];
  delete files['resolutions/2025/2025-03-20-plenary-2.yaml'];
  const r = recordsOf(files);

  test('the current year is due soon once fewer than N days remain', () => {
    // 2025-12-15: 17 days left, counting today.
    expect(brief(plenaryItems(r, '2025-12-15', 30))).toEqual(['plenary 2024 office 349 not_held', 'plenary 2025 office -16 not_held soon']);
    expect(brief(plenaryItems(r, '2025-12-15', 17))).toEqual(['plenary 2024 office 349 not_held']);
  });

  test('or when the year ends within the --within horizon', () => {
    expect(plenaryItems(r, '2025-12-15', 10, 17).map((i) => i.id)).toEqual(['2024', '2025']);
    expect(plenaryItems(r, '2025-12-15', 10, 16).map((i) => i.id)).toEqual(['2024']);
  });
});

describe('grouping', () => {
  const items = supervisionItems(records, TODAY, { ...settings, withinDays: 5 });

  test('by owner: groups in the order of their most overdue item', () => {
    expect(groupItems(items, 'owner').map((g) => `${g.key}:${g.items.length}`)).toEqual([
      'office:3',
      'wjj:1',
      'nyncj:1',
      'cz:1',
      'mz:2',
      'gaj:2',
    ]);
  });

  test('by meeting and by due date', () => {
    expect(groupItems(items, 'meeting').map((g) => g.key)).toEqual([
      '',
      T,
      '2025-06-10-written',
      '2025-06-01-liaison',
      '2025-06-20-thematic',
    ]);
    expect(groupItems(items, 'due').map((g) => g.key)).toEqual([
      '2024-12-31',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-09',
      '2025-06-16',
      '2025-06-30',
      '2025-07-01',
      '2025-07-05',
    ]);
  });
});

describe('yishi tasks', () => {
  test('every task with its state, in the order decided', () => {
    const items = listTasks(records, TODAY);
    expect(items.map((i) => `${i.id} ${i.status} ${i.level ?? '-'} ${i.days_overdue}`)).toEqual([
      `${T}-1 open - -91`,
      `${T}-2 superseded - null`,
      `${T}-3 done - null`,
      `${T}-4 blocked overdue 31`,
      `${T}-5 open - 0`,
      `${T}-6 open overdue 1`,
      `${T}-7 open overdue 92`,
      `${T}-8 open overdue 62`,
      `${T}-9 open overdue 31`,
      '2025-03-20-plenary-1 open - -183',
    ]);
    expect(countTasks(items)).toEqual({ total: 10, open: 7, in_progress: 0, blocked: 1, done: 1, superseded: 1, overdue: 5 });
  });

  test('filters: status (any of), unit, meeting, due before/after', () => {
    const ids = (f: Parameters<typeof listTasks>[2]): string[] => listTasks(records, TODAY, f).map((i) => i.id.replace(`${T}-`, ''));
    expect(ids({ status: ['overdue'] })).toEqual(['4', '6', '7', '8', '9']);
    expect(ids({ status: ['blocked', 'done'] })).toEqual(['3', '4']);
    expect(ids({ status: ['superseded'] })).toEqual(['2']);
    expect(ids({ unit: 'mz' })).toEqual(['1', '4', '5', '6', '8', '9']);
    expect(ids({ unit: 'fpb' })).toEqual(['8']);
    expect(ids({ meeting: '2025-03-20-plenary' })).toEqual(['2025-03-20-plenary-1']);
    expect(ids({ dueBefore: '2025-04-30' })).toEqual(['2', '3', '7']);
    expect(ids({ dueAfter: '2025-07-01' })).toEqual(['1', '2025-03-20-plenary-1']);
    expect(ids({ dueAfter: '2025-05-30', dueBefore: '2025-07-01', status: ['open'] })).toEqual(['6', '9']);
  });
});
