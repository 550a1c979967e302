// yishi calendar: an iCalendar file that a parser (ical.js) reads back, with stable UIDs and the same bytes on
// every run; --unit keeps one member's deadlines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { runYishi } from '../helpers/cli.js';
import { EXAMPLE } from '../helpers/folder.js';

const out = tempDir('calendar');

interface Event {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  tzid: string | null;
  location: string | null;
}

function eventsOf(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((e) => {
    const start = e.getFirstProperty('dtstart')!;
    const time = start.getFirstValue() as ICAL.Time;
    return {
      uid: String(e.getFirstPropertyValue('uid')),
      summary: String(e.getFirstPropertyValue('summary')),
      start: time.toString(),
      allDay: time.isDate,
      tzid: (start.getParameter('tzid') as string | undefined) ?? null,
      location: (e.getFirstPropertyValue('location') as string | null) ?? null,
    };
  });
}

describe('yishi calendar', () => {
  it('writes meetings and deadlines that a parser reads back, the same bytes every time', () => {
    const file = join(out, 'lanping.ics');
    const r = runYishi(['calendar', '-C', EXAMPLE, '--as-of', '2026-11-28', '-o', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(runYishi(['calendar', '-C', EXAMPLE, '--as-of', '2026-11-28']).stdout).toBe(text);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const stamps = text.split('\r\n').filter((l) => l.startsWith('DTSTAMP'));
    expect(stamps.length).toBeGreaterThan(10);
    expect(stamps.every((l) => l === 'DTSTAMP:20261128T000000Z')).toBe(true);
    const events = eventsOf(text);
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get('meeting-2026-03-18-plenary@yishi')).toEqual({
      uid: 'meeting-2026-03-18-plenary@yishi',
      summary: '会议:2026年第一次全体会议',
      start: '2026-03-18T09:30:00',
      allDay: false,
      tzid: 'Asia/Shanghai',
      location: '县政府三楼会议室',
    });
    expect(byUid.get('task-2025-03-20-plenary-3@yishi')).toMatchObject({
      summary: '落实时限:低收入群体住房安全保障(县住房和城乡建设局)',
      start: '2025-12-31',
      allDay: true,
    });
    expect(byUid.get('supervision-2026-10-16-ybj@yishi')).toMatchObject({
      summary: '督办反馈截止:兰困保督〔2026〕4号(县医疗保障局)',
      start: '2026-10-23',
      allDay: true,
    });
    expect(byUid.get('opinion-2024-06-20-written@yishi')).toMatchObject({ start: '2024-06-19', allDay: true });
    // done tasks and answered notices have no running deadline
    expect(byUid.has('task-2024-03-15-plenary-2@yishi')).toBe(false);
    expect(byUid.has('supervision-2026-07-20-rsj@yishi')).toBe(false);
  });

  it("--unit keeps the meetings and that member's deadlines", () => {
    const r = runYishi(['calendar', '-C', EXAMPLE, '--as-of', '2026-11-28', '--unit', 'zjj', '--lang', 'en']);
    expect(r.status).toBe(0);
    const events = eventsOf(r.stdout);
    const uids = events.map((e) => e.uid);
    expect(uids).toContain('meeting-2026-03-18-plenary@yishi');
    expect(uids).toContain('task-2025-03-20-plenary-3@yishi');
    expect(uids).not.toContain('task-2026-03-18-plenary-3@yishi');
    expect(uids).not.toContain('supervision-2026-10-16-ybj@yishi');
    expect(events.find((e) => e.uid === 'task-2025-03-20-plenary-3@yishi')!.summary).toBe(
      'Due: 低收入群体住房安全保障 (县住房和城乡建设局)',
    );
    const bad = runYishi(['calendar', '-C', EXAMPLE, '--unit', 'zzj']);
    expect(bad.status).toBe(2);
  });
});
