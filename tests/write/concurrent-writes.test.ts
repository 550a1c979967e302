// Two writes at once, and writes killed at random moments: both changes land, or one writer refuses clearly;
// never a silent loss, never the same minutes number twice, never a partial file.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeFolder, smallBody } from '../helpers/folder.js';
import { BIN, runYishi } from '../helpers/cli.js';
import { DRAFT_MEETING, MEETING_PATH, RESOLUTION_ID, RESOLUTION_PATH, WRITTEN_REVIEW, sealedMeeting } from '../helpers/clerk.js';
import { SMALL_DUTIES } from '../helpers/git.js';

/** More tries with YISHI_STRESS=1 (the issue's 20 races per pair, 400 kills). */
const STRESS = process.env.YISHI_STRESS === '1';
const RACES = STRESS ? 20 : 2;
const KILLS = STRESS ? 400 : 12;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Start the built binary; `killAfter` ms later it is killed with SIGKILL. */
function start(args: string[], killAfter?: number): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1' };
    const child = spawn(process.execPath, [BIN, ...args, '--lang', 'en'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ status, signal, stderr });
    });
  });
}

const DRAFT_WRITTEN = WRITTEN_REVIEW.replace(/minutes:[\s\S]*$/, 'minutes:\n  status: draft\n');

function folder(): string {
  const meetings = { 'meetings/2024/2024-06-20-written.yaml': DRAFT_WRITTEN };
  const dir = makeFolder(smallBody({ ...SMALL_DUTIES, ...sealedMeeting(meetings), [MEETING_PATH]: DRAFT_MEETING }));
  made.push(dir);
  return dir;
}

const AS_OF = ['--as-of', '2024-07-01'];
const progress = (dir: string, note: string): string[] => [
  ...['progress', RESOLUTION_ID, '--status', 'in_progress', '--note', note, '--date', '2024-05-01'],
  ...AS_OF,
  ...['-C', dir],
];
const extend = (dir: string): string[] => [
  ...['extend', RESOLUTION_ID, '--due', '2024-09-30', '--granted-by', '2024-06-20-written', '--reason', '待签署'],
  ...AS_OF,
  ...['-C', dir],
];
const newMeeting = (dir: string, date: string): string[] => [
  ...['new', 'meeting', '--kind', 'thematic', '--date', date, '--location', '会议室'],
  ...AS_OF,
  ...['-C', dir],
];
const issue = (dir: string, id: string): string[] => ['issue', id, '--signed-by', 'zz', '--date', '2024-07-01', ...AS_OF, '-C', dir];

/** Each run either succeeded or refused with a plain sentence: never silently. */
function expectClear(runs: Run[]): void {
  for (const r of runs) {
    expect(r.stderr).not.toMatch(/internal error|内部错误|at .*\.js:\d+/);
    if (r.status !== 0) expect(r.stderr).toMatch(/^yishi: Nothing written/);
  }
}

describe('two writes at once', () => {
  it('progress + progress: both notes are kept, or one writer says it did not write', async () => {
    for (let i = 0; i < RACES; i++) {
      const dir = folder();
      const runs = await Promise.all([start(progress(dir, '甲报告。')), start(progress(dir, '乙报告。'))]);
      expectClear(runs);
      const text = readFileSync(join(dir, RESOLUTION_PATH), 'utf8');
      expect(runs.filter((r) => r.status === 0).length).toBe(Number(text.includes('甲报告。')) + Number(text.includes('乙报告。')));
    }
  });

  it('progress + extend: both changes are kept, or one writer says it did not write', async () => {
    for (let i = 0; i < RACES; i++) {
      const dir = folder();
      const [p, e] = await Promise.all([start(progress(dir, '甲报告。')), start(extend(dir))]);
      expectClear([p, e]);
      const text = readFileSync(join(dir, RESOLUTION_PATH), 'utf8');
      expect(text.includes('甲报告。')).toBe(p.status === 0);
      expect(text.includes('granted_by: 2024-06-20-written')).toBe(e.status === 0);
    }
  });

  it('new meeting + new meeting: both files are written, or one writer says it did not write', async () => {
    for (let i = 0; i < RACES; i++) {
      const dir = folder();
      const runs = await Promise.all([start(newMeeting(dir, '2024-07-10')), start(newMeeting(dir, '2024-07-11'))]);
      expectClear(runs);
      const files = readdirSync(join(dir, 'meetings/2024')).filter((f) => f.startsWith('2024-07-1'));
      expect(files.length).toBe(runs.filter((r) => r.status === 0).length);
      expect(files.length).toBeGreaterThan(0);
    }
  });

  it('issue + issue of two meetings: never the same minutes number twice', async () => {
    for (let i = 0; i < RACES; i++) {
      const dir = folder();
      const runs = await Promise.all([start(issue(dir, '2024-03-15-plenary')), start(issue(dir, '2024-06-20-written'))]);
      expectClear(runs);
      const numbers = [MEETING_PATH, 'meetings/2024/2024-06-20-written.yaml']
        .map((p) => (parse(readFileSync(join(dir, p), 'utf8')) as { minutes: { number?: string } }).minutes.number)
        .filter((n) => n !== undefined);
      expect(numbers.length).toBe(runs.filter((r) => r.status === 0).length);
      expect(numbers.length).toBeGreaterThan(0);
      expect(new Set(numbers).size).toBe(numbers.length);
    }
  });
});

describe('a write killed at a random moment', () => {
  it('leaves the file old or new, whole; the next write cleans up and succeeds', async () => {
    const dir = folder();
    const path = join(dir, RESOLUTION_PATH);
    let before = readFileSync(path, 'utf8');
    for (let i = 0; i < KILLS; i++) {
      const note = `第${i}次报告。`;
      const r = await start(progress(dir, note), Math.floor(Math.random() * 900));
      const after = readFileSync(path, 'utf8');
      if (after !== before) {
        expect(after.startsWith(before.trimEnd())).toBe(true);
        expect(after).toContain(note);
        expect(() => parse(after) as unknown).not.toThrow();
        before = after;
      }
      if (r.signal === null) expect(r.status).toBe(0);
    }
    const last = runYishi(progress(dir, '最后一次。'));
    expect(last.status).toBe(0);
    const leftovers = readdirSync(join(dir, 'resolutions/2024')).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    expect(readdirSync(dir)).not.toContain('.yishi.lock');
  });
});
