#!/usr/bin/env node
// `npm run bench:threads [-- --runs N] [--files N]`: what a second core can give the reading of a large folder, the
// part of `yishi validate` that parallel work would take (issue 14, goal 1). Whole processes, alternating, medians:
//   one thread:  read, decode and parse (js-yaml, YAML 1.2 core schema, as yishi's fast path) every record file of the
//                bench's 11,297-file archive, keeping the values, as yishi keeps its records;
//   two threads: the same, the first half on the main thread and the second half in a worker thread, which sends its
//                values back in batches of 256, either as JSON text (one JSON.parse a batch on the main thread) or as
//                the values themselves (postMessage's structured clone).
// It is not yishi: no checks, no positions. It bounds what splitting the reading over two threads can save.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import yaml from 'js-yaml';

const BATCH = 256;
const decoder = new TextDecoder('utf-8', { fatal: true });
const parse = (file) => yaml.load(decoder.decode(readFileSync(file)), { schema: yaml.CORE_SCHEMA });

/** The record files of an archive, in the order yishi reads them (members, duties, then meetings and resolutions by year). */
function recordFiles(root) {
  const files = [];
  for (const kind of ['members', 'duties']) for (const f of readdirSync(join(root, kind)).sort()) files.push(join(root, kind, f));
  for (const kind of ['meetings', 'resolutions'])
    for (const year of readdirSync(join(root, kind)).sort())
      for (const f of readdirSync(join(root, kind, year)).sort()) files.push(join(root, kind, year, f));
  return files;
}

function inWorker() {
  const { files, port, json } = workerData;
  let batch = [];
  for (let i = 0; i < files.length; i++) {
    batch.push(json ? JSON.stringify(parse(files[i])) : parse(files[i]));
    if (batch.length === BATCH || i === files.length - 1) {
      port.postMessage(json ? `[${batch.join(',')}]` : batch);
      batch = [];
    }
  }
}

/** The measured process: read every file of `root` on one thread, or two (`json`, `clone`); exit 1 if a value is missing. */
function run(root, threads) {
  const files = recordFiles(root);
  const values = new Array(files.length);
  if (threads === 'one') {
    for (let i = 0; i < files.length; i++) values[i] = parse(files[i]);
  } else {
    const split = files.length >> 1;
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { files: files.slice(split), port: port2, json: threads === 'json' },
      transferList: [port2],
    });
    let next = split;
    const drain = () => {
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1))
        for (const v of threads === 'json' ? JSON.parse(m.message) : m.message) values[next++] = v;
    };
    for (let i = 0; i < split; i++) {
      values[i] = parse(files[i]);
      if (i % BATCH === 0) drain();
    }
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (drain(); next < files.length; drain()) Atomics.wait(pause, 0, 0, 1);
    void worker.terminate();
  }
  process.exitCode = values.every((v) => v !== undefined) ? 0 : 1;
}

async function main(args) {
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const { makeArchive } = await import('./make-archive.js');
  const { peakMethod, sideBySide } = await import('./measure.js');
  const runs = option('--runs', 7);
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dir = makeArchive(join(root, 'examples/lanping'), option('--files', 11297));
  const me = fileURLToPath(import.meta.url);
  const cases = [
    { name: 'one thread', argv: [process.execPath, me, '--run', dir, 'one'], cwd: dir, ok: [0] },
    { name: 'two threads, JSON back', argv: [process.execPath, me, '--run', dir, 'json'], cwd: dir, ok: [0] },
    { name: 'two threads, values back', argv: [process.execPath, me, '--run', dir, 'clone'], cwd: dir, ok: [0] },
  ];
  let medians;
  try {
    medians = await sideBySide(cases, runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${runs} alternating runs (medians); peak memory by ${peakMethod}`);
  console.log('| reading and parsing | wall | CPU | peak memory |\n|---|---|---|---|');
  for (const [name, m] of Object.entries(medians))
    console.log(`| ${name} | ${m.seconds.toFixed(2)} s | ${m.cpu.toFixed(2)} s | ${m.mib.toFixed(0)} MiB |`);
}

if (!isMainThread) inWorker();
else if (process.argv[2] === '--run') run(process.argv[3], process.argv[4]);
else await main(process.argv.slice(2));
