// Every golden document passes markdownlint, so that what the clerk pastes renders the same in every viewer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/folder.js';

const GOLDEN = join(REPO, 'tests/golden/render');

/**
 * All rules on, except:
 * - MD013 (line length): a paragraph of a document is one line, as Chinese text must be: a line break
 *   inside Chinese text becomes a space in most viewers, and a 纪要's paragraphs are long.
 */
const RENDER_LINT_CONFIG = { default: true, MD013: false } as const;

describe('markdownlint', () => {
  const files = readdirSync(GOLDEN)
    .filter((f) => f.endsWith('.md'))
    .sort();

  it('has golden documents to check, in both languages', () => {
    expect(files.filter((f) => f.endsWith('.zh.md')).length).toBeGreaterThanOrEqual(10);
    expect(files.filter((f) => f.endsWith('.en.md')).length).toBe(files.filter((f) => f.endsWith('.zh.md')).length);
  });

  for (const file of files)
    it(`${file} has no violations`, () => {
      const results = lint({ strings: { [file]: readFileSync(join(GOLDEN, file), 'utf8') }, config: RENDER_LINT_CONFIG });
      expect(results[file]).toEqual([]);
    });

  it('would catch a violation (the check is live)', () => {
    const results = lint({ strings: { bad: '# Title\n\n### Skipped a level\n' }, config: RENDER_LINT_CONFIG });
    expect(results.bad!.map((e) => e.ruleNames[0])).toContain('MD001');
  });
});
