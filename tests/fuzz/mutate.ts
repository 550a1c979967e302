// Generated damage to a copy of the example record folder: what an editor, a merge, a careless or a hostile
// colleague can leave behind. A mutation is plain data (JSON), so that a failing case can be kept as a test.
import fc from 'fast-check';
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { EXAMPLE } from '../helpers/folder.js';

type LineOp = 'deleteLine' | 'duplicateLine' | 'fullWidth' | 'tabs';
type FileOp = 'pipe' | 'linkOut' | 'linkInside' | 'remove';
type FolderOp = 'unreadable' | 'linkFolderOut';

export type Mutation =
  | { op: 'flip'; file: number; at: number; byte: number }
  | { op: LineOp; file: number; line: number }
  | { op: 'insert'; file: number; line: number; snippet: number }
  | { op: 'replace'; file: number; content: number }
  | { op: FileOp; file: number }
  | { op: FolderOp; folder: number };
type FileMutation = Exclude<Mutation, { folder: number }>;

/** Every file of the example, relative, sorted: mutations pick one by index (modulo). */
export function exampleFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(EXAMPLE, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(join(EXAMPLE, r)).isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.filter((f) => f.endsWith('.yaml'));
}

const FOLDERS = [
  'members',
  'duties',
  'meetings',
  'meetings/2024',
  'meetings/2025',
  'meetings/2026',
  'resolutions',
  'resolutions/2025',
  'materials',
];

const deepFlow = (n: number): string => `x: ${'['.repeat(n)}${']'.repeat(n)}`;
const manyKeys = (n: number, indent = ''): string => Array.from({ length: n }, (_, i) => `${indent}k${i}: v`).join('\n');

/** Lines that break a record in the ways the issue names, and more. */
export const SNIPPETS: readonly string[] = [
  'kind: &a [*a]',
  'role: !!merge x',
  '<<: *nothing',
  'a: &x {b: *x}',
  'holders: &h\n  - *h',
  '? [a, b]\n: c',
  '__proto__: {polluted: true}',
  'constructor: x',
  'unit： 县民政局',
  '－ name: 示例',
  'attendees: [zz，mz]',
  '\tposition: 局长',
  'b: |\n  abc\n c: d',
  ' a: x\nb: |\n  abc\nc: d',
  'text: >-\n weird\n   indent\nnext: 1',
  '---\nrole: leader',
  '...',
  '%YAML 1.1',
  'x: !!binary aGVsbG8=',
  'x: !!set {a, b}',
  'x: !!omap [a: 1]',
  'x: !custom tag',
  'date: 2024-02-30',
  'date: 99999-01-01',
  'lead: ' + 'x'.repeat(5000),
  'id: ../../etc/passwd',
  'x: "\\u0000\\ud800"',
  'x: 1e999',
  'x: 0x' + 'f'.repeat(40),
  'x: .nan',
  'x: ' + '"'.repeat(3),
  "x: 'unterminated",
  '{{{{',
  ']]]]',
  '- - - - - - - - - - x',
  deepFlow(80),
  deepFlow(1000),
  manyKeys(1100),
  'big:\n' + manyKeys(1001, '  '),
  'list:\n' + '  - x\n'.repeat(10_001).trimEnd(),
  'long: ' + '长'.repeat(12_000),
  'x: *undefined_alias',
  '&a x: y',
  [
    'a: &b [' + Array(9).fill('"x"').join(',') + ']',
    'c: &d [' + Array(9).fill('*b').join(',') + ']',
    'e: [' + Array(9).fill('*d').join(',') + ']',
  ].join('\n'),
];

const BYTES: readonly Uint8Array[] = [
  new Uint8Array(0),
  new Uint8Array(Buffer.from('\uFEFFrole: member\n', 'utf8')),
  new Uint8Array(Buffer.from('726f6c653a206d656d6265720a756e69743a20cfd8c3f1d5fed6b10a', 'hex')),
  new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x80, 0x0a, 0xc3]),
  new Uint8Array(Buffer.from('\n\n\n   \n# only a comment\n')),
  new Uint8Array(Buffer.from('role: member\r\nunit: 县某局\r\n')),
  new Uint8Array(Buffer.from('\u0000\u0001\u0002')),
];

export function mutationArbitrary(): fc.Arbitrary<Mutation> {
  const file = fc.nat(200);
  const line = fc.nat(80);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('flip' as const), file, at: fc.nat(4000), byte: fc.nat(255) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constantFrom<LineOp>('deleteLine', 'duplicateLine', 'fullWidth', 'tabs'), file, line }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), file, line, snippet: fc.nat(SNIPPETS.length - 1) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('replace' as const), file, content: fc.nat(BYTES.length - 1) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constantFrom<FileOp>('pipe', 'linkOut', 'linkInside', 'remove'), file }) },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constantFrom<FolderOp>('unreadable', 'linkFolderOut'), folder: fc.nat(FOLDERS.length - 1) }),
    },
  );
}

export function mutationsArbitrary(): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArbitrary(), { minLength: 1, maxLength: 4 });
}

function editLines(abs: string, edit: (lines: string[]) => string[]): void {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    return; // a pipe or a removed file
  }
  writeFileSync(abs, edit(text.split('\n')).join('\n'));
}

function isRegular(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

/** The mutations that write into a file: through a link, into the file it points to. */
const EDITS: ReadonlySet<string> = new Set<LineOp | 'flip' | 'insert' | 'replace'>([
  'flip',
  'deleteLine',
  'duplicateLine',
  'fullWidth',
  'tabs',
  'insert',
  'replace',
]);

/**
 * Apply one mutation to the folder `dir` (a copy of the example); returns the paths it touched (a file or a folder).
 * An edit of a file that an earlier mutation made a link to another record changes that record: it is touched too.
 */
export function applyMutation(dir: string, outside: string, files: readonly string[], m: Mutation): string[] {
  if ('folder' in m) {
    const abs = join(dir, FOLDERS[m.folder]!);
    if (m.op === 'unreadable') {
      try {
        chmodSync(abs, 0o000);
      } catch {
        // removed before
      }
    } else {
      rmSync(abs, { recursive: true, force: true });
      symlinkSync(outside, abs);
    }
    return [`${FOLDERS[m.folder]!}/`];
  }
  const rel = files[m.file % files.length]!;
  const abs = join(dir, rel);
  if (!isRegular(abs) && m.op !== 'remove') return [rel];
  const through = EDITS.has(m.op) && lstatSync(abs).isSymbolicLink() ? relative(dir, realpathSync(abs)).split(sep).join('/') : undefined;
  applyFileMutation(dir, outside, files, abs, m);
  return through === undefined ? [rel] : [rel, through];
}

function applyFileMutation(dir: string, outside: string, files: readonly string[], abs: string, m: FileMutation): void {
  const at = (lines: string[], n: number): number => (lines.length === 0 ? 0 : n % lines.length);
  switch (m.op) {
    case 'flip': {
      const bytes = readFileSync(abs);
      if (bytes.length > 0) bytes[m.at % bytes.length] = m.byte;
      writeFileSync(abs, bytes);
      return;
    }
    case 'deleteLine':
      return editLines(abs, (l) => l.filter((_, i) => i !== at(l, m.line)));
    case 'duplicateLine':
      return editLines(abs, (l) => (l.length === 0 ? l : [...l.slice(0, at(l, m.line) + 1), ...l.slice(at(l, m.line))]));
    case 'fullWidth':
      return editLines(abs, (l) =>
        l.map((s, i) => (i === at(l, m.line) ? s.replace(':', '：').replace('- ', '－ ').replace(',', '，') : s)),
      );
    case 'tabs':
      return editLines(abs, (l) => l.map((s, i) => (i === at(l, m.line) ? s.replace(/^ +/, '\t') : s)));
    case 'insert':
      return editLines(abs, (l) => [...l.slice(0, at(l, m.line)), SNIPPETS[m.snippet]!, ...l.slice(at(l, m.line))]);
    case 'replace':
      return writeFileSync(abs, BYTES[m.content]!);
    case 'pipe':
      rmSync(abs, { force: true });
      execFileSync('mkfifo', [abs]);
      return;
    case 'linkOut':
      rmSync(abs, { force: true });
      writeFileSync(join(outside, 'record.yaml'), 'role: member\n');
      symlinkSync(join(outside, 'record.yaml'), abs);
      return;
    case 'linkInside': {
      const other = files[(m.file + 1) % files.length]!;
      rmSync(abs, { force: true });
      symlinkSync(join(dir, other), abs);
      return;
    }
    case 'remove':
      rmSync(abs, { force: true });
      return;
  }
}

export interface Mutated {
  dir: string;
  outside: string;
  /** Files and folders (with a trailing `/`) the mutations touched. */
  touched: string[];
  cleanup(): void;
}

/** A copy of the example with the mutations applied, and how to remove it. */
export function mutatedExample(mutations: readonly Mutation[], files: readonly string[] = exampleFiles(), forOrdinaryUser = true): Mutated {
  const dir = mkdtempSync(join(tmpdir(), 'yishi-fuzz-'));
  const outside = mkdtempSync(join(tmpdir(), 'yishi-fuzz-outside-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  // Readable by the ordinary user the built binary runs as (tests run as root, for whom permissions do not apply).
  if (forOrdinaryUser) {
    execFileSync('chmod', ['-R', 'a+rX', dir]);
    chmodSync(dir, 0o755);
    chmodSync(outside, 0o755);
  }
  const touched = mutations.flatMap((m) => applyMutation(dir, outside, files, m));
  return {
    dir,
    outside,
    touched,
    cleanup() {
      if (mutations.some((m) => m.op === 'unreadable')) execFileSync('chmod', ['-R', 'u+rwX', dir]);
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    },
  };
}
