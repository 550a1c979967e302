// One whole-process run of a command: its wall time, its CPU time (user + system) and its peak resident memory as
// the operating system counts them. With GNU time (Debian's `time` package, /usr/bin/time) they are the child's
// rusage from wait4. Without it, the child's VmHWM (its resident high-water mark) and CPU ticks are read from /proc
// every 10 ms while it runs; the last reading before it exits can miss its final milliseconds, so those figures
// are lower bounds.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/**
 * The environment of the measured processes: this one's, without NODE_EXTRA_CA_CERTS. Where it is set (this project's
 * machines set it), every Node.js process parses that file of certificates as it starts, about 45 ms here for 220 KB,
 * before any script runs: it would be counted in `node -e 0` and in every command alike, and none of them uses TLS.
 */
export const removedFromEnv = ['NODE_EXTRA_CA_CERTS'].filter((k) => process.env[k] !== undefined);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !removedFromEnv.includes(k)));

function hasGnuTime() {
  const r = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /^\d+\s*$/.test(r.stderr);
}

export const peakMethod = hasGnuTime() ? 'GNU time (wait4 ru_maxrss)' : '/proc/<pid>/status VmHWM, polled every 10 ms (lower bound)';
const useGnuTime = peakMethod.startsWith('GNU');
const scratch = mkdtempSync(join(tmpdir(), 'yishi-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function withGnuTime(argv, cwd) {
  const out = join(scratch, 'peak');
  const started = process.hrtime.bigint();
  const r = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', out, ...argv], { cwd, env, stdio: 'ignore' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [kib, user, system] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + system, mib: kib / 1024, status: r.status };
}

function highWaterMark(pid) {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** utime + stime of a process, in seconds (clock ticks of 1/100 s on Linux). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function withProcPolling(argv, cwd) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'ignore'] });
    let kib = 0;
    let cpu = 0;
    const poll = setInterval(() => {
      kib = Math.max(kib, highWaterMark(child.pid));
      cpu = Math.max(cpu, cpuSeconds(child.pid));
    }, 10);
    child.on('exit', (status) => {
      clearInterval(poll);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu, mib: kib / 1024, status });
    });
  });
}

/** Run `argv` in `cwd` (stdout discarded) and measure it. */
export async function measure(argv, cwd) {
  return useGnuTime ? withGnuTime(argv, cwd) : withProcPolling(argv, cwd);
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Run the cases ({ name, argv, cwd, ok: the exit codes expected, after?: run after each }) in turn, `n` times,
 * reversing the order every other round; the medians of each, by name.
 */
export async function sideBySide(cases, n) {
  const seen = Object.fromEntries(cases.map((c) => [c.name, []]));
  for (let i = 0; i < n; i++) {
    for (const c of i % 2 === 0 ? cases : [...cases].reverse()) {
      const r = await measure(c.argv, c.cwd);
      c.after?.();
      if (!c.ok.includes(r.status)) throw new Error(`${c.name}: exit ${r.status} (expected ${c.ok.join(' or ')})`);
      seen[c.name].push(r);
      process.stderr.write(`  ${c.name}: ${r.seconds.toFixed(3)} s, CPU ${r.cpu.toFixed(2)} s, ${r.mib.toFixed(0)} MiB\n`);
    }
  }
  return Object.fromEntries(
    Object.entries(seen).map(([name, rs]) => {
      const of = (k) => median(rs.map((r) => r[k]));
      return [name, { seconds: of('seconds'), cpu: of('cpu'), mib: of('mib'), n: rs.length }];
    }),
  );
}
