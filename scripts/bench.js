#!/usr/bin/env node
// `npm run bench [-- N ...]`: time `yishi validate` and `yishi overdue` on synthetic record folders of N files
// (default 300, 3000, 30000), to check that the CLI answers instantly on a county's archive and grows linearly.
// Speed and memory are measured here, not in the tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'examples/lanping');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(300, 3000, 30000);

/** The example body, with its meetings and resolutions copied year after year until it holds about n files. */
function makeArchive(n) {
  const dir = mkdtempSync(join(tmpdir(), 'yishi-bench-'));
  cpSync(example, dir, { recursive: true });
  const meetings = [];
  for (const y of readdirSync(join(example, 'meetings')))
    for (const f of readdirSync(join(example, 'meetings', y))) meetings.push([y, f.replace(/\.yaml$/, '')]);
  const resolutions = [];
  for (const y of readdirSync(join(example, 'resolutions')))
    for (const f of readdirSync(join(example, 'resolutions', y))) resolutions.push([y, f.replace(/\.yaml$/, '')]);
  let files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.yaml')).length;
  for (let copy = 1; files < n; copy++) {
    for (const [y, id] of meetings) {
      const text = readFileSync(join(example, 'meetings', y, `${id}.yaml`), 'utf8').replace(/^minutes:[\s\S]*?(?=^\S)/m, '');
      mkdirSync(join(dir, 'meetings', y), { recursive: true });
      writeFileSync(join(dir, 'meetings', y, `${id}-c${copy}.yaml`), text.replace(/materials:[\s\S]*?(?=^\S)/m, ''));
      files++;
    }
    for (const [y, id] of resolutions) {
      let text = readFileSync(join(example, 'resolutions', y, `${id}.yaml`), 'utf8');
      text = text.replace(/^meeting: (\S+)/m, `meeting: $1-c${copy}`).replace(/^(\s*granted_by: )(\S+)/gm, `$1$2-c${copy}`);
      text = text.replace(/^superseded_by: (\S+)/m, `superseded_by: $1`);
      const meetingId = /^meeting: (\S+)-c\d+/m.exec(text)?.[1] ?? '';
      const m = /^(\d{4})-\d\d-\d\d-[a-z]+(?:-\d+)?-(\d+)$/.exec(id);
      const newId = m ? `${meetingId}-c${copy}-${m[2]}` : `${id}-c${copy}`;
      writeFileSync(join(dir, 'resolutions', y, `${newId}.yaml`), text);
      files++;
    }
  }
  return { dir, files };
}

const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

function time(args, cwd) {
  const started = process.hrtime.bigint();
  const command = [process.execPath, join(root, 'bin/yishi.js'), ...args];
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', ...command], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const kb = hasTime ? Number((r.stderr.trim().split('\n').pop() ?? '0').trim()) : NaN;
  return { ms, mb: kb / 1024, status: r.status };
}

console.log('files\tcommand\tseconds\tms/file\tpeak MB\texit');
for (const n of sizes) {
  const { dir, files } = makeArchive(n);
  for (const cmd of [['validate', '--as-of', '2026-11-28', '--format', 'json'], ['overdue', '--as-of', '2026-11-28', '--format', 'json']]) {
    const t = time(cmd, dir);
    console.log(`${files}\t${cmd[0]}\t${(t.ms / 1000).toFixed(2)}\t${(t.ms / files).toFixed(3)}\t${t.mb.toFixed(0)}\t${t.status}`);
  }
  if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
