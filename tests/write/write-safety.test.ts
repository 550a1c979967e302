// Where a write may not land: through a link out of the folder, over a link, over a read-only file, into a
// read-only folder, or in a folder -C did not name. Each is refused with a sentence (exit 2), nothing written.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { makeFolder, smallBody } from '../helpers/folder.js';
import { runYishi, ordinaryUser, permissionsApply } from '../helpers/cli.js';
import { RESOLUTION_ID, RESOLUTION_PATH, sealedMeeting } from '../helpers/clerk.js';
import { SMALL_DUTIES } from '../helpers/git.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) {
    execFileSync('chmod', ['-R', 'u+rwX', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

function folder(): string {
  const dir = makeFolder(smallBody({ ...SMALL_DUTIES, ...sealedMeeting() }));
  made.push(dir);
  return dir;
}

function elsewhere(): string {
  const dir = tempDir('elsewhere');
  made.push(dir);
  return dir;
}

const PROGRESS = [
  'progress',
  RESOLUTION_ID,
  '--status',
  'in_progress',
  '--note',
  '已推进。',
  '--date',
  '2024-05-01',
  '--as-of',
  '2024-05-01',
];
const progress = (dir: string, extra: string[] = []) => runYishi([...PROGRESS, '--lang', 'en', '-C', dir, ...extra]);

/** Every file of a folder with its bytes, to show nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out[r] = e.isSymbolicLink() ? `link` : readFileSync(join(dir, r), 'base64');
    }
  };
  walk('');
  return out;
}

describe('links', () => {
  it('never writes through a year folder that links out of the record folder', () => {
    const dir = folder();
    const out = elsewhere();
    symlinkSync(out, join(dir, 'meetings/2027'));
    const args = ['new', 'meeting', '--kind', 'thematic', '--date', '2027-01-05', '--location', '会议室', '--as-of', '2027-01-01'];
    const r = runYishi([...args, '--lang', 'en', '-C', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'Nothing written: meetings/2027/2027-01-05-thematic.yaml would be written through "meetings/2027", ' +
        'a link to a place outside the record folder.',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('never replaces a record file that is a link with a plain file', () => {
    const dir = folder();
    const real = join(dir, 'resolutions/2024/real.txt');
    writeFileSync(real, readFileSync(join(dir, RESOLUTION_PATH)));
    rmSync(join(dir, RESOLUTION_PATH));
    symlinkSync(real, join(dir, RESOLUTION_PATH));
    const before = snapshot(dir);
    const r = progress(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `yishi: Nothing written: ${RESOLUTION_PATH} is a symbolic link, and yishi does not replace a link with a plain file. ` +
        'Replace the link with the file it points to and run again.\n',
    );
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('read-only files and folders', () => {
  it('never replaces a read-only record file, even as root', () => {
    const dir = folder();
    chmodSync(join(dir, RESOLUTION_PATH), 0o444);
    const before = snapshot(dir);
    const r = progress(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `yishi: Nothing written: ${RESOLUTION_PATH} is read-only. ` +
        `If it should change, make it writable first (e.g. chmod u+w ${RESOLUTION_PATH}) and run again.\n`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it.skipIf(!permissionsApply())('a read-only record folder or year folder: exit 2, the folder byte for byte as it was', () => {
    for (const readOnly of ['', 'resolutions/2024']) {
      const dir = folder();
      const user = ordinaryUser();
      if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, dir]);
      chmodSync(join(dir, readOnly), 0o555);
      const before = snapshot(dir);
      const r = runYishi([...PROGRESS, '--lang', 'en', '-C', dir], { ordinaryUser: true });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^yishi: Could not write .* \(EACCES: permission denied.*\)\. Check that the folder can be written to/);
      expect(snapshot(dir)).toEqual(before);
    }
  });
});

describe('-C names the record folder itself', () => {
  it('refuses a file, a missing folder and a folder below the record folder, and writes nothing', () => {
    const dir = folder();
    const before = snapshot(dir);
    const cases: Array<[string, string]> = [
      [join(dir, 'members/mz.yaml'), 'is a file, not a folder'],
      [join(dir, 'typo/deeper'), 'does not exist'],
      [join(dir, 'members'), 'there is no yishi.yaml in'],
    ];
    for (const [target, says] of cases) {
      const r = progress(target);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('No record folder');
      expect(r.stderr).toContain(says);
      expect(runYishi(['validate', '-C', target]).status).toBe(2);
    }
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('the folder lock', () => {
  it('a second writer waits, then refuses clearly while another holds the lock (exit 2)', () => {
    const dir = folder();
    writeFileSync(join(dir, '.yishi.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    const before = readFileSync(join(dir, RESOLUTION_PATH));
    const started = Date.now();
    const r = progress(dir);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `yishi: Nothing written: another yishi command (process ${process.pid} on ${hostname()}) is writing to this record folder ` +
        'and had not finished after 5 seconds. Run this again in a moment.\n',
    );
    expect(readFileSync(join(dir, RESOLUTION_PATH))).toEqual(before);
  });

  // The lock once showed up as a document of unknown contents, so every write on a clean folder also
  // computed the findings before the change (a write cost two validates).
  it('is no finding of validate: a folder checked while a write holds it is as clean as without', () => {
    const dir = folder();
    const clean = runYishi(['validate', '--format', 'json', '-C', dir, '--as-of', '2026-11-28']);
    writeFileSync(join(dir, '.yishi.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: 1764633600000 }));
    const locked = runYishi(['validate', '--format', 'json', '-C', dir, '--as-of', '2026-11-28']);
    expect(locked.stdout).toBe(clean.stdout);
    expect(locked.status).toBe(clean.status);
  });

  it('takes over the lock of a writer that was killed, and removes its temporary files', () => {
    const dir = folder();
    writeFileSync(join(dir, '.yishi.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname() }));
    const temp = join(dir, 'resolutions/2024/.2024-03-15-plenary-1.yaml.4194305.0a1b2c3d.tmp');
    writeFileSync(temp, 'meeting: 2024-03-1');
    const r = progress(dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(temp)).toBe(false);
    expect(existsSync(join(dir, '.yishi.lock'))).toBe(false);
  });
});
