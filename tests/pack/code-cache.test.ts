// The built command loads its bundle with the V8 code cache the build made (bin/load-bundle.cjs): the cache must be
// one this Node.js accepts, and a cache that does not fit (another Node.js, another build) or is damaged must only cost speed.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { EXAMPLE, REPO } from '../helpers/folder.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Whether V8 rejected the cache when the installation in `root` loaded its bundle, in a plain `node` process. */
function cacheRejected(root: string): unknown {
  const probe = `import { loadBundle } from ${JSON.stringify(join(root, 'bin/load-bundle.cjs'))};
process.stdout.write(String(loadBundle().cacheRejected));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** The cache with five bytes in its body inverted: read without a checksum, such a cache stops V8 outright. */
function flipBytes(cache: Buffer): Buffer {
  const damaged = Buffer.from(cache);
  for (const at of [0.2, 0.35, 0.5, 0.65, 0.8]) damaged[Math.floor(damaged.length * at)]! ^= 0xff;
  return damaged;
}

describe('code cache', () => {
  it('is accepted by the Node.js that built it', () => {
    expect(cacheRejected(REPO)).toBe('false');
  });

  it.each([
    ['that does not fit', () => Buffer.from('not a code cache')],
    ['that is damaged', (cache: Buffer) => flipBytes(cache)],
  ])('%s is rejected, and the command gives the same output', (_, damage: (cache: Buffer) => Buffer) => {
    const root = tempDir('install');
    for (const part of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(REPO, part), join(root, part), { recursive: true });
    const cache = join(root, 'dist/yishi.cjs.cache');
    writeFileSync(cache, damage(readFileSync(cache)));
    expect(cacheRejected(root)).toBe('true');
    const args = ['validate', '--as-of', '2026-11-28', '--format', 'json'];
    const damaged = spawnSync(process.execPath, [join(root, 'bin/yishi.cjs'), ...args], { cwd: EXAMPLE, encoding: 'utf8' });
    const built = runYishi(args, { cwd: EXAMPLE });
    expect(damaged.status).toBe(0);
    expect(damaged.stdout).toBe(built.stdout);
    expect(JSON.parse(damaged.stdout)).toMatchObject({ summary: { errors: 0, warnings: 1 } });
  });

  it('of another build of the same length is not used, though V8 would take it and run its code', () => {
    const root = tempDir('install');
    for (const part of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(REPO, part), join(root, part), { recursive: true });
    const bundle = join(root, 'dist/yishi.cjs');
    const built = readFileSync(bundle, 'latin1');
    // Another build: another id, and one message said otherwise in as many characters (审查了 for 检查了).
    const summary = String.raw`found:{zh:"\u68C0\u67E5\u4E86 {files}`;
    expect(built.split(summary)).toHaveLength(2);
    const other = built
      .replace(/^\/\*yishi-build=[0-9a-f]{16}\*\//, `/*yishi-build=${'f'.repeat(16)}*/`)
      .replace(summary, String.raw`found:{zh:"\u5BA1\u67E5\u4E86 {files}`);
    expect(other.length).toBe(built.length);
    writeFileSync(bundle, other, 'latin1');
    expect(cacheRejected(root)).toBe('true');
    const r = spawnSync(process.execPath, [join(root, 'bin/yishi.cjs'), 'validate', '--as-of', '2026-11-28'], {
      cwd: EXAMPLE,
      encoding: 'utf8',
    });
    expect(r.stdout.trim().split('\n').at(-1)).toBe('审查了 90 个文件:0 个错误,1 个警告。');
  });

  it('is made for a bundle that is ASCII, which the loader reads as one-byte text', () => {
    const bundle = readFileSync(join(REPO, 'dist/yishi.cjs'), 'latin1');
    const other = /[\u0080-\uffff]/.exec(bundle);
    expect(other && bundle.slice(Math.max(0, other.index - 60), other.index + 20)).toBeNull();
  });

  it('does not keep a bundle with another character from loading: it is read as UTF-8', () => {
    const root = tempDir('install');
    for (const part of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(REPO, part), join(root, part), { recursive: true });
    const bundle = join(root, 'dist/yishi.cjs');
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}\nglobalThis.yishiProbe = '议事';\n`);
    const probe = `const { loadBundle } = require(${JSON.stringify(join(root, 'bin/load-bundle.cjs'))});
loadBundle(); process.stdout.write(globalThis.yishiProbe);`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stdout).toBe('议事');
    const args = ['validate', '--as-of', '2026-11-28', '--format', 'json'];
    const edited = spawnSync(process.execPath, [join(root, 'bin/yishi.cjs'), ...args], { cwd: EXAMPLE, encoding: 'utf8' });
    expect(edited.stdout).toBe(runYishi(args, { cwd: EXAMPLE }).stdout);
  });

  it('missing with its bundle, as in a checkout never built, is a clear message and exit 2, not a stack trace', () => {
    const root = tempDir('unbuilt');
    for (const part of ['bin', 'package.json']) cpSync(join(REPO, part), join(root, part), { recursive: true });
    const r = spawnSync(process.execPath, [join(root, 'bin/yishi.cjs'), 'validate'], { cwd: EXAMPLE, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const bundle = join(root, 'dist', 'yishi.cjs');
    expect(r.stderr).toBe(
      `yishi: 找不到 ${bundle},请在 yishi 的文件夹中运行 npm ci(或 npm run build)。\n` +
        `yishi: ${bundle} is missing; run npm ci (or npm run build) in yishi's folder.\n`,
    );
  });
});
