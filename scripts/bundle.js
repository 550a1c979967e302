#!/usr/bin/env node
// Part of `npm run build`, after scripts/build-validators.mjs: bundle the CLI (src/cli/main.ts and everything it
// imports, dependencies and the compiled validators included) into one CommonJS file, dist/yishi.cjs, then make its
// V8 code cache, dist/yishi.cjs.cache (scripts/code-cache.js); bin/load-bundle.cjs loads the two. Node resolves no
// module graph at start, V8 neither parses the bundle nor compiles what a check runs, and the installed package needs
// no node_modules at run time. What a command imports dynamically is still initialised only when that command runs.
// `YISHI_NO_MINIFY=1 npm run build` keeps names and adds a source map, for reading a CPU profile.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStamp } from '../bin/load-bundle.cjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const validators = join(dist, 'validators.cjs');
const bundlePath = join(dist, 'yishi.cjs');
/** The comment that opens the bundle until the build's id is known (bin/load-bundle.cjs reads it). */
const UNSTAMPED = buildStamp('0'.repeat(16));

// Whatever an earlier build left (another layout, an old cache): dist/ holds this build only, and so does npm pack.
for (const name of readdirSync(dist)) if (/^yishi/.test(name)) rmSync(join(dist, name));

/** src/schema/precompiled.ts, which has no validators in the source, returns those of dist/validators.cjs instead. */
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]schema[\\/]precompiled\.ts$/ }, () => ({
      contents: `export function precompiledValidators() { return require(${JSON.stringify(validators)}); }`,
      resolveDir: dist,
      loader: 'js',
    }));
  },
};

/** An import of `name` from within `pkg` resolved to a stub of scripts/bundle-stubs/ instead. */
function stubImport(pluginName, name, pkg, stub) {
  const importer = new RegExp(`[\\\\/]node_modules[\\\\/]${pkg}[\\\\/]`);
  return {
    name: pluginName,
    setup(b) {
      b.onResolve({ filter: name }, (args) =>
        importer.test(args.importer) ? { path: join(root, 'scripts/bundle-stubs', stub) } : undefined,
      );
    },
  };
}

/** Commander's node:child_process is loaded when commander uses it, not at start (bundle-stubs/lazy-child-process.cjs). */
const lazyChildProcess = stubImport('lazy-child-process', /^(node:)?child_process$/, 'commander', 'lazy-child-process.cjs');

/** chalk's own colour detection is left out (bundle-stubs/no-supports-color.js): report/color.ts decides the level. */
const noSupportsColor = stubImport('no-supports-color', /^#supports-color$/, 'chalk', 'no-supports-color.js');

/**
 * string-width makes its Intl.Segmenter as it loads, some 13 ms of ICU data, in every command that prints a table or
 * renders a document; core/display-width.ts counts plain Chinese text itself, so most commands never segment. The
 * segmenter is made at its first use instead. The build fails if string-width no longer reads as expected.
 */
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const eager = 'const segmenter = new Intl.Segmenter();';
      const source = await readFile(args.path, 'utf8');
      if (source.split(eager).length !== 2) throw new Error(`bundle: ${args.path} no longer makes its segmenter with "${eager}"`);
      const lazy = 'let made; const segmenter = { segment: (text) => (made ??= new Intl.Segmenter()).segment(text) };';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

const built = await build({
  absWorkingDir: root,
  metafile: true,
  entryPoints: ['src/cli/main.ts'],
  outfile: bundlePath,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20's V8 has regular expressions with the v flag (string-width's emoji expressions): left as literals, they are
  // parsed when first used, not rewritten into `new RegExp(…)` calls that parse them as the module loads (some 20 ms).
  supported: { 'regexp-set-notation': true },
  format: 'cjs',
  // The two modules that find files beside themselves (package-root.ts, schemas.ts) do so from the bundle's place.
  define: { 'import.meta.url': '__yishiUrl' },
  // The id of the build opens the bundle (stamped below), on its first line so that line numbers stay.
  banner: { js: `${UNSTAMPED}const __yishiUrl = require('node:url').pathToFileURL(__filename).href;` },
  plugins: [precompiledValidators, lazyChildProcess, noSupportsColor, lazySegmenter],
  legalComments: 'none',
  minify: !process.env.YISHI_NO_MINIFY,
  sourcemap: Boolean(process.env.YISHI_NO_MINIFY),
  logLevel: 'warning',
});
// The validators are inside the bundle now.
rmSync(validators);
// The bundle runs as a script (bin/load-bundle.cjs), where import() has no module loader to turn to: every module is
// in the bundle, and Node's own are required.
const dynamic = Object.values(built.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import'));
if (dynamic.length > 0) {
  console.error(`bundle: dist/yishi.cjs calls import() for ${dynamic.map((i) => i.path).join(', ')}; import them statically`);
  process.exit(1);
}

// The build's id, a hash of the bundle, in the comment that opens it: scripts/code-cache.js writes it at the head of
// the cache, and bin/load-bundle.cjs uses only a cache of the same id (V8 itself checks only the source's length).
const bundled = readFileSync(bundlePath, 'latin1');
if (!bundled.startsWith(UNSTAMPED)) {
  console.error('bundle: dist/yishi.cjs does not start with the banner that holds the id of its build');
  process.exit(1);
}
const buildId = createHash('sha256').update(bundled, 'latin1').digest('hex').slice(0, 16);
writeFileSync(bundlePath, bundled.replace(UNSTAMPED, buildStamp(buildId)), 'latin1');

const cache = spawnSync(process.execPath, [join(root, 'scripts/code-cache.js')], { stdio: 'inherit' });
if (cache.status !== 0) process.exit(cache.status ?? 1);
