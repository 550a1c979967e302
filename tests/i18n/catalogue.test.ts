// The message catalogue as a whole: every module of src/ is loaded so that every defineMessages() (and every
// rule's meta.messages) registers; then each entry must have both languages with the same placeholders, and
// the shared vocabulary must be the only place a term is given its words.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/diagnostic.js';
import { declaredCatalogues, placeholders, type Catalogue } from '../../src/core/messages.js';
import { RULES } from '../../src/rules/index.js';
import { RECORD_KIND_TERMS, TERM_TABLES } from '../../src/i18n/vocabulary.js';
import { kindSpec } from '../../src/core/record-kinds.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.split(sep).join('/'))
  .sort();

/**
 * Where a term may be written as a string: the catalogues (src/i18n/, checked by key below); render/, whose
 * owner moves it onto the vocabulary (render/wording.ts has the same words, see vocabulary.test.ts); and the
 * table of record kinds in core/, which cannot import i18n/ (its labels are the vocabulary's, tested below).
 */
const TERM_HOMES = ['i18n/', 'render/', 'core/record-kinds.ts'];

const tables = Object.entries(TERM_TABLES) as Array<[string, Readonly<Record<string, Message>>]>;

beforeAll(async () => {
  for (const f of files) await import(pathToFileURL(join(SRC, f)).href);
}, 60_000);

describe('every catalogue entry', () => {
  it('loads catalogues from the modules of src/', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(declaredCatalogues().length).toBeGreaterThan(RULES.length);
  });

  // A number that only picks an English plural form ({n|file|files}) is not a placeholder: Chinese needs no plural.
  const valuesOf = (template: string): string =>
    placeholders(template.replace(/\{[A-Za-z_][A-Za-z0-9_]*\|[^|{}]*\|[^|{}]*\}/g, ''))
      .sort()
      .join(',');

  it('has a non-empty zh and en with the same placeholders', () => {
    const problems: string[] = [];
    declaredCatalogues().forEach((catalogue: Catalogue) => {
      for (const [key, entry] of Object.entries(catalogue)) {
        for (const lang of ['zh', 'en'] as const) {
          if (typeof entry[lang] !== 'string' || entry[lang].trim() === '') problems.push(`${key}: no ${lang}`);
        }
        const zh = valuesOf(entry.zh ?? '');
        const en = valuesOf(entry.en ?? '');
        if (zh !== en) problems.push(`${key}: zh has {${zh}}, en has {${en}}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('of every rule is registered (rules declare their texts with defineRule)', () => {
    const registered = new Set(declaredCatalogues());
    for (const rule of RULES) expect(registered.has(rule.meta.messages), rule.meta.id).toBe(true);
  });
});

describe('the shared vocabulary', () => {
  it('names the record kinds as the table of record kinds labels them', () => {
    for (const kind of Object.keys(RECORD_KIND_TERMS) as Array<keyof typeof RECORD_KIND_TERMS>) {
      const { zh, en } = kindSpec(kind).label;
      expect({ zh, en }, kind).toEqual(RECORD_KIND_TERMS[kind]);
    }
  });

  it('gives different keys of one table different words', () => {
    for (const [name, table] of tables)
      for (const lang of ['zh', 'en'] as const) {
        const words = Object.values(table).map((m) => m[lang]);
        expect(new Set(words).size, `${name}.${lang}`).toBe(words.length);
      }
  });

  it('gives a key found in two tables the same words in both', () => {
    const seen = new Map<string, { table: string; words: Message }>();
    for (const [name, table] of tables)
      for (const [key, words] of Object.entries(table)) {
        const first = seen.get(key);
        if (first) expect(words, `${key} in ${first.table} and ${name}`).toEqual(first.words);
        else seen.set(key, { table: name, words });
      }
  });

  it('never gives one English term two Chinese words', () => {
    const zhOf = new Map<string, string>();
    for (const [, table] of tables)
      for (const words of Object.values(table)) {
        expect(zhOf.get(words.en) ?? words.zh, words.en).toBe(words.zh);
        zhOf.set(words.en, words.zh);
      }
  });

  it('is the only table of terms: a catalogue entry keyed by a term has the vocabulary words', () => {
    const problems: string[] = [];
    for (const catalogue of declaredCatalogues())
      for (const [key, entry] of Object.entries(catalogue))
        for (const [name, table] of tables) {
          const words = table[key];
          if (words && (entry.zh !== words.zh || entry.en !== words.en))
            problems.push(`${key}: ${entry.zh} / ${entry.en}, but ${name} says ${words.zh} / ${words.en}`);
        }
    expect(problems).toEqual([]);
  });

  it('is the only place a term is written: no other module of src/ spells a term as a string of its own', () => {
    const terms = new Set(tables.flatMap(([, table]) => Object.values(table).map((m) => m.zh)));
    const problems: string[] = [];
    for (const f of files) {
      if (TERM_HOMES.some((home) => f.startsWith(home))) continue;
      const source = readFileSync(join(SRC, f), 'utf8');
      for (const m of source.matchAll(/(['"`])([^'"`\n]*)\1/g))
        if (terms.has(m[2]!)) problems.push(`${relative(SRC, join(SRC, f))}: ${m[0]}`);
    }
    expect(problems).toEqual([]);
  });
});
