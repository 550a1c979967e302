// The folders of src/ depend on each other in one direction only. Allowed, from the bottom up:
//
//   core            imports nothing of the project (Lang, Message, Position, Diagnostic, did-you-mean,
//                   the message catalogue API, the table of record kinds)
//   i18n            core
//   load, model     core (i18n): load reads and parses files; model holds plain records and what they mean
//   schema          core, load, model
//   rules           core, load, model
//   check           core, load, model, schema, rules
//   history         core, load, model
//   render, report  core, model, check, rules, history
//   write           core, load, model, schema, check
//   cli             anything
//
// The test reads every import of src/**/*.ts (static, `export … from` and dynamic `import('…')`), builds the
// graph of folders and fails on any loop, on core importing the project, and on the edges DESIGN forbids.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Folder-level edges `from -> to` with the file imports that make them. */
function folderEdges(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split('/')[0]!;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = relative(SRC, resolve(dirname(file), m[1] ?? m[2]!));
      const to = target.split('/')[0]!;
      if (target.startsWith('..'))
        edges.set(`${from} -> (outside src)`, [...(edges.get(`${from} -> (outside src)`) ?? []), relative(SRC, file)]);
      else if (to !== from)
        edges.set(`${from} -> ${to}`, [...(edges.get(`${from} -> ${to}`) ?? []), `${relative(SRC, file)} imports ${target}`]);
    }
  }
  return edges;
}

/** A loop of folders, if there is one. */
function findLoop(edges: Iterable<string>): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const [a, b] = e.split(' -> ') as [string, string];
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, trail: string[]): string[] | undefined => {
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node];
    if (state.get(node) === 'done') return undefined;
    state.set(node, 'open');
    for (const n of next.get(node) ?? []) {
      const loop = walk(n, [...trail, node]);
      if (loop) return loop;
    }
    state.set(node, 'done');
    return undefined;
  };
  for (const node of next.keys()) {
    const loop = walk(node, []);
    if (loop) return loop;
  }
  return undefined;
}

describe('the import graph of src/', () => {
  const edges = folderEdges();

  it('reads the imports (the parser finds the known edges)', () => {
    expect(edges.has('check -> load')).toBe(true);
    expect(edges.has('cli -> check')).toBe(true);
  });

  it('has no loop between folders', () => {
    expect(findLoop(edges.keys())).toBeUndefined();
  });

  it('finds a loop when there is one', () => {
    expect(findLoop(['a -> b', 'b -> c', 'c -> a'])).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps core free of the project, load free of check and schema, model free of load', () => {
    const forbidden = [...edges.keys()].filter(
      (e) => e.startsWith('core -> ') || /^load -> (check|schema|rules|model)$/.test(e) || /^model -> (load|check|schema|rules)$/.test(e),
    );
    expect(forbidden.map((e) => [e, edges.get(e)])).toEqual([]);
  });

  it('keeps src/ inside src/', () => {
    expect([...edges.keys()].filter((e) => e.endsWith('(outside src)'))).toEqual([]);
  });
});
