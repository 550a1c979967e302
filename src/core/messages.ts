// The message catalogue's shape: every user-visible sentence is an entry with zh and en side by side and
// named {placeholders}; `{n|file|files}` picks the singular or plural word by the number n (English only
// needs it). A catalogue is declared with defineMessages() and read with say(). A parameter is a string, a
// number, or a Message (a name said in both languages, e.g. a meeting kind): each language takes its own.
import type { Lang, Message } from './diagnostic.js';

/** The names of the {placeholders} of a template, at the type level. */
export type PlaceholderOf<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? (P extends `${infer N}|${string}` ? N : P) | PlaceholderOf<R>
  : never;

export interface Entry {
  readonly zh: string;
  readonly en: string;
}

export type Catalogue = Readonly<Record<string, Entry>>;

export type ParamValue = string | number | Message;

export type ParamsOf<E extends Entry> = {
  readonly [K in PlaceholderOf<E['zh']> | PlaceholderOf<E['en']>]: ParamValue;
};

export type Params = Readonly<Record<string, ParamValue>>;

/** Arguments after the key: none when the entry has no placeholder, else its parameters. */
export type ParamArgs<E extends Entry> = [PlaceholderOf<E['zh']> | PlaceholderOf<E['en']>] extends [never] ? [] : [params: ParamsOf<E>];

const registry: Catalogue[] = [];

/** Declare a catalogue; the test of the catalogue reads every declared one. */
export function defineMessages<const C extends Catalogue>(catalogue: C): C {
  registry.push(catalogue);
  return catalogue;
}

/** Every catalogue declared by the modules loaded so far. */
export function declaredCatalogues(): readonly Catalogue[] {
  return registry;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The names of a template's placeholders, each once, in order. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Fill a template's placeholders; a Message parameter gives its `lang` text (zh when no language is named). */
export function fill(template: string, params: Params = {}, lang: Lang = 'zh'): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const raw = params[name];
    if (raw === undefined) return whole;
    const value = typeof raw === 'object' ? raw[lang] : raw;
    if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
    return String(value);
  });
}

/** An entry filled in both languages (params untyped: for code that holds a key only at run time). */
export function sayEntry(entry: Entry, params: Params = {}): Message {
  return { zh: fill(entry.zh, params, 'zh'), en: fill(entry.en, params, 'en') };
}

/** The message of a catalogue entry in both languages. */
export function say<C extends Catalogue, K extends keyof C & string>(catalogue: C, key: K, ...args: ParamArgs<C[K]>): Message {
  return sayEntry(catalogue[key]!, args[0] ?? {});
}

/** The text of a catalogue entry in one language. */
export function text<C extends Catalogue, K extends keyof C & string>(lang: Lang, catalogue: C, key: K, ...args: ParamArgs<C[K]>): string {
  return say(catalogue, key, ...args)[lang];
}
