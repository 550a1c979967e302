// `npm pack` makes one tarball that installs and runs with no registry: the bundle carries its dependencies.
// Runs after the build of `npm test` (the pack does not build again).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParagraphs, partsOf } from '../helpers/docx.js';
import { EXAMPLE, REPO } from '../helpers/folder.js';

const scratch = mkdtempSync(join(tmpdir(), 'yishi-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** npm with no registry within reach (a closed port of this machine) and an empty cache. */
function npm(args: string[], cwd: string) {
  const env = {
    ...process.env,
    npm_config_registry: 'http://127.0.0.1:9',
    npm_config_cache: join(scratch, 'cache'),
    npm_config_update_notifier: 'false',
  };
  for (const k of Object.keys(env)) if (/^npm_(?:lifecycle|package)_/.test(k)) delete env[k as keyof typeof env];
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
}

describe('offline install', () => {
  it('installs the packed tarball with no registry and an empty cache, validates the example and renders a .docx', async () => {
    const packed = npm(['pack', '--ignore-scripts', '--pack-destination', scratch], REPO);
    expect(packed.status, packed.stderr).toBe(0);
    const [tarball] = readdirSync(scratch).filter((f) => /^yishi-.*\.tgz$/.test(f));
    expect(tarball).toBeDefined();
    const prefix = join(scratch, 'prefix');
    mkdirSync(prefix);
    const tgz = join(scratch, tarball!);
    const installed = npm(['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tgz], scratch);
    expect(installed.status, installed.stderr).toBe(0);
    const run = spawnSync(join(prefix, 'bin', 'yishi'), ['validate', '--as-of', '2026-11-28', '--lang', 'en'], {
      cwd: EXAMPLE,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Checked 85 files: 0 errors, 1 warning\./);
    expect(readdirSync(join(prefix, 'lib', 'node_modules', 'yishi'))).not.toContain('node_modules');
    // The annual report as a .docx exercises the bundled docx, jszip (the package) and pngjs (its chart).
    const docx = join(scratch, 'report.docx');
    const rendered = spawnSync(join(prefix, 'bin', 'yishi'), ['render', 'report', '--year', '2025', '--as-of', '2026-11-28', '-o', docx], {
      cwd: EXAMPLE,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(rendered.stderr).toBe('');
    expect(rendered.status).toBe(0);
    const parts = await partsOf(readFileSync(docx));
    expect(docxParagraphs(parts.get('word/document.xml')!)[0]).toMatch(/2025年/);
    expect([...parts.keys()].filter((p) => /^word\/media\/.*\.png$/.test(p))).toHaveLength(1);
  }, 180_000);
});
