// The value `yishi new` writes where a required field must come from the clerk: the file validates, the
// `# TODO` beside it says what to write, and `yishi issue` refuses minutes while one is left.

export const PLACEHOLDER = { zh: '(待填写)', en: '(to be filled in)' } as const;

export function placeholderFor(lang: 'zh' | 'en'): string {
  return PLACEHOLDER[lang];
}

/** The top-level fields of a record that still hold a placeholder (text fields are compared trimmed). */
export function placeholderFields(data: object): string[] {
  const values = new Set<string>(Object.values(PLACEHOLDER));
  return Object.entries(data)
    .filter(([, v]) => typeof v === 'string' && values.has(v.trim()))
    .map(([k]) => k);
}
