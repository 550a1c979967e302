import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/load/fast-parse.js';
import { LIMITS } from '../../src/load/limits.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { parseYamlDocument } from '../../src/load/yaml-document.js';
import { REPO } from '../helpers/folder.js';

function yamlFilesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** What the precise parser makes of a text: its data, or undefined when it finds an error. */
function precise(text: string): unknown {
  const { doc } = parseYamlDocument(text);
  if (doc.errors.length > 0 || doc.warnings.some((w) => w.code === 'MULTIPLE_DOCS')) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

describe('the fast parse', () => {
  it('reads every fixture and example the fast path takes exactly as the precise parser does', () => {
    const files = [...yamlFilesBelow(join(REPO, 'tests')), ...yamlFilesBelow(join(REPO, 'examples'))];
    let taken = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      const fast = parseFast(text);
      if (!fast.ok) continue;
      taken++;
      expect(fast.data, f).toEqual(precise(text));
    }
    expect(taken).toBeGreaterThan(files.length / 2);
  });

  it('reads the scalars of YAML 1.2 core as the precise parser does', () => {
    const scalars = [
      '2024-03-15',
      '0o17',
      '017',
      '0x1F',
      '0b101',
      '1_000',
      '+12',
      '-.5',
      '+.5',
      '.inf',
      '-.Inf',
      '.NaN',
      '~',
      'null',
      'NULL',
      '',
      'true',
      'True',
      'FALSE',
      'yes',
      'on',
      'y',
      '"09:30"',
      '09:30',
      '1e3',
      '1E+3',
      '1.',
      '-0x1F',
      '-0o7',
      '+0x1',
      "'x'",
      '0.',
      '1.0',
    ];
    for (const s of scalars) {
      const text = `k: ${s}\nlist: [${s || 'a'}, b]\n`;
      const fast = parseFast(text);
      expect(fast.ok, s).toBe(true);
      if (fast.ok) expect(fast.data, s).toEqual(precise(text));
    }
  });
});

describe('the fast parse', () => {
  it('leaves to the precise parser what is out of the ordinary', () => {
    const declined = [
      'a: 1\na: 2\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      '? a\n: 1\n',
      'a:\n\t- 1\n',
      'lead：mz\n',
      '- lead\u3000：mz\n',
      'list:\n  － a\n',
      'units: [mz，cz]\n',
      'a: [1, 2\n',
      'a: "x\n',
      'a\n  b: 1\n',
      // Continuation lines the precise parser holds to indentation rules that js-yaml does not.
      'a: [1,\n2]\n',
      'a: {b: 1,\nc: 2}\n',
      'a: "x\ny"\n',
      'a: "x\\"\ny"\n',
      'a: "x\\\ny"\n',
      "a: 'it''s\nx'\n",
      // A list item with nothing after its dash (js-yaml reads a less indented dash after it into the same list).
      'k:\n  -\n    - a\n    -\n  - x\n',
      'k:\n  - a\n  - # none\n',
      'k:\n  -   \r\n',
      'k:\n  - -\n  - x\n',
      // A block scalar with an indentation indicator, which js-yaml counts from another column at the top level.
      '|2\n  end\n',
      'a: >-1\n   x\n',
      // A carriage return alone, which js-yaml ends a plain scalar at and the precise parser does not.
      '  end  \r',
      'a: 1\rb: 2\n',
      // A comment right after a closing bracket or quote (an error), an entry that starts with its colon, a block
      // scalar as the whole file.
      'cooperating: [zgh, fl]#\n',
      'time: "15:00"#\n',
      'responsible: [mz, : cz]\n',
      '>\nlevel\n',
    ];
    for (const text of declined) expect(parseFast(text).ok, JSON.stringify(text)).toBe(false);
  });

  it('reads a list with an empty item as the precise parser does, which js-yaml does not', () => {
    const text = 'k:\n  -\n    - a\n    -\n  - x\n';
    expect(precise(text)).toEqual({ k: [['a', null], 'x'] });
    expect(parseYaml('resolutions/2024/x.yaml', text).data).toEqual({ k: [['a', null], 'x'] });
  });
});

describe('the fast parse', () => {
  // Long values are copied out of js-yaml's copy of the text (so that copy can be freed): the copies are exact.
  it('returns long values exactly, escapes and lone surrogates included, as the precise parser does', () => {
    const text = [
      'title: 县民政局关于2025年冬春救助工作的专题报告(第二次修订稿)',
      'note: "tab\\there \\ud800 lone surrogate, é and 中文 beyond thirteen"',
      'list:',
      '  - a plain value long enough to be a slice',
      '  - {inner: another value long enough to be a slice}',
      '',
    ].join('\n');
    const fast = parseFast(text);
    expect(fast.ok).toBe(true);
    expect(fast.ok && fast.data).toEqual(parseYamlDocument(text).doc.toJS());
    expect(fast.ok && (fast.data as { note: string }).note).toBe('tab\there \ud800 lone surrogate, é and 中文 beyond thirteen');
  });

  it('an empty file is null, as the precise parser reads it', () => {
    expect(parseFast('')).toEqual({ ok: true, data: null });
    expect(parseFast('# only a comment\n')).toEqual({ ok: true, data: null });
    expect(precise('# only a comment\n')).toBeNull();
  });

  it('finds the positions of a fast-parsed file when asked, from the precise parse', () => {
    const parsed = parseYaml('resolutions/2024/x.yaml', 'meeting: m\nno: 1\nlead: mz\n');
    expect(parsed.data).toEqual({ meeting: 'm', no: 1, lead: 'mz' });
    expect(parsed.file.lineCounter?.linePos(parsed.file.text.indexOf('mz'))).toEqual({ line: 3, col: 7 });
  });

  it('leaves every file past an input limit to the precise parser, which refuses it where the limit is passed', () => {
    const nested = (levels: number): string => `a: ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}\n`;
    const indented = (levels: number): string => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    const keys = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n') + '\n';
    const items = (n: number): string => `list:\n${'  - 1\n'.repeat(n)}`;
    const past: Array<[string, string]> = [
      [nested(LIMITS.depth + 1), 'The nesting is deeper than 64 levels'],
      [indented(LIMITS.depth + 1), 'The nesting is deeper than 64 levels'],
      [keys(LIMITS.keysPerMapping + 1), 'This mapping has more than 1000 keys'],
      [items(LIMITS.itemsPerList + 1), 'This list has more than 10000 items'],
    ];
    for (const [text, says] of past) {
      expect(parseFast(text).ok, text.slice(0, 40)).toBe(false);
      const parsed = parseYaml('members/x.yaml', text);
      expect(parsed.data).toBeUndefined();
      expect(parsed.diagnostics.map((d) => `${d.rule} ${d.message.en.slice(0, says.length)}`)).toEqual([`syntax ${says}`]);
    }
    // At the limits themselves both parsers read the file, to the same values.
    for (const text of [nested(LIMITS.depth), indented(LIMITS.depth), keys(LIMITS.keysPerMapping), items(LIMITS.itemsPerList)]) {
      const fast = parseFast(text);
      expect(fast.ok, text.slice(0, 40)).toBe(true);
      if (fast.ok) expect(fast.data).toEqual(precise(text));
      expect(parseYaml('members/x.yaml', text).diagnostics).toEqual([]);
    }
  });

  it('reads a `<<` key as a plain key, as the precise parser does (no merge), and declines a !!merge tag', () => {
    const text = 'a: {x: 1}\nb:\n  <<: {y: 2}\n  z: 3\n';
    const fast = parseFast(text);
    expect(fast).toEqual({ ok: true, data: { a: { x: 1 }, b: { '<<': { y: 2 }, z: 3 } } });
    if (fast.ok) expect(fast.data).toEqual(precise(text));
    expect(parseFast('b:\n  !!merge <<: {y: 2}\n').ok).toBe(false);
  });
});
