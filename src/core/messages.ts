// The message catalogue's shape: every user-visible sentence is an entry with zh and en side by side and
// named {placeholders}; `{n|file|files}` picks the singular or plural word by the number n (English only
// needs it). A catalogue is declared with defineMessages() and read with say().
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

export type ParamsOf<E extends Entry> = {
  readonly [K in PlaceholderOf<E['zh']> | PlaceholderOf<E['en']>]: string | number;
};

/** Arguments after the key: none when the entry has no placeholder, else its parameters. */
export type ParamArgs<E extends Entry> = [PlaceholderOf<E['zh']> | PlaceholderOf<E['en']>] extends [never]
  ? []
  : [params: ParamsOf<E>];

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

/** Fill a template's placeholders. */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(
    /\{([A-Za-z_][A-Za-z0-9_]*)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
      return String(value);
    },
  );
}

/** The message of a catalogue entry in both languages. */
export function say<C extends Catalogue, K extends keyof C & string>(catalogue: C, key: K, ...args: ParamArgs<C[K]>): Message {
  const entry = catalogue[key]!;
  const params = (args[0] ?? {}) as Readonly<Record<string, string | number>>;
  return { zh: fill(entry.zh, params), en: fill(entry.en, params) };
}

/** The text of a catalogue entry in one language. */
export function text<C extends Catalogue, K extends keyof C & string>(lang: Lang, catalogue: C, key: K, ...args: ParamArgs<C[K]>): string {
  return say(catalogue, key, ...args)[lang];
}
