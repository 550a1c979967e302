// Files a careless or hostile colleague could leave in a record folder: each is refused with a plain finding
// at its place, quickly, and never crashes the check of the rest.
import { describe, expect, it } from 'vitest';
import { validateFiles, findingsOf, smallBody, type Files } from '../helpers/folder.js';
import { didYouMean } from '../../src/core/did-you-mean.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { LIMITS } from '../../src/load/limits.js';
import { EXAMPLE } from '../helpers/folder.js';

const member = (text: string): Files => smallBody({ 'members/xx.yaml': text });
const MEMBER = 'role: member\nunit: 县某局\nposition: 局长\nholders:\n  - name: 示例\n    from: 2024-01-10\n';

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = Date.now();
  const value = run();
  return { value, ms: Date.now() - started };
}

describe('values that are not plain data', () => {
  it('refuses an alias inside the value it names (kind: &a [*a]) at the alias', () => {
    const found = findingsOf('syntax', member('role: &a [*a]\n'));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:1:11']);
    expect(found[0]!.message).toContain('别名“*a”引用了包含它自己的值');
  });

  it('refuses a !!merge tag at the value, instead of handing a Symbol to did-you-mean', () => {
    const found = findingsOf('syntax', member('role: !!merge x\nunit: 县某局\n'));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:1:15']);
    expect(found[0]!.message).toContain('!!merge');
  });
});

describe('limits', () => {
  // Before: 17 minutes for 100,000 keys (the parser's quadratic unique-keys check); now the parser's linear pass.
  it('refuses a mapping of 100,000 keys in linear time, top level, nested and as a flow map', () => {
    const keys = (n: number): string[] => Array.from({ length: n }, (_, i) => `k${i}: x`);
    const cases = [
      keys(100_000).join('\n') + '\n',
      'role: member\nextra:\n' +
        keys(20_000)
          .map((k) => `  ${k}`)
          .join('\n') +
        '\n',
      'role: member\nextra: {\n' + keys(20_000).join(',\n') + '}\n',
    ];
    for (const text of cases) {
      const { value, ms } = timed(() => findingsOf('syntax', member(text)));
      expect(ms).toBeLessThan(20_000);
      expect(value).toHaveLength(1);
      expect(value[0]!.message).toContain('这一层的键超过上限 1000 个');
    }
  });

  it("finds a duplicate key among 1,000 keys without the parser's quadratic check", () => {
    const keys = Array.from({ length: 999 }, (_, i) => `  k${i}: x`);
    const found = findingsOf('syntax', member(`role: member\nextra:\n${keys.join('\n')}\n  k5: y\n`));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:1002:3']);
    expect(found[0]!.message).toContain('重复的键');
  });

  it('refuses a list of more than 10,000 items', () => {
    const found = findingsOf('syntax', member('role: member\nholders:\n' + '  - x\n'.repeat(10_001)));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:3:3']);
    expect(found[0]!.message).toContain('上限 10000 项');
  });

  it('reports nesting 1,000 deep as a depth limit, not as "Maximum call stack size exceeded"', () => {
    let block = 'role: member\nunit:\n';
    for (let i = 1; i < 1000; i++) block += `${' '.repeat(i)}k:\n`;
    for (const text of ['role: member\nunit: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n', block]) {
      const found = findingsOf('syntax', member(text));
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toContain('嵌套层数超过上限 64 层');
      expect(found[0]!.message).not.toContain('call stack');
    }
  });

  it('refuses a line of more than 10,000 characters at its start', () => {
    const found = findingsOf('syntax', member(`role: member\nunit: ${'长'.repeat(10_001)}\n`));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:2:1']);
    expect(found[0]!.message).toContain('上限 10000 个');
  });

  it('answers an unknown id of 1,000,000 characters quickly (did-you-mean compares short words only)', () => {
    const long = 'a'.repeat(1_000_000);
    const guess = timed(() => didYouMean(long, ['mz', 'cz', 'gaj', 'wjj', 'ybj', 'office']));
    expect(guess.value).toBeUndefined();
    expect(guess.ms).toBeLessThan(100);
    const { value, ms } = timed(() => validateFiles(smallBody({ 'members/xx.yaml': MEMBER, 'duties/xx.yaml': `holder: ${long}\n` })));
    expect(ms).toBeLessThan(5_000);
    expect(value.some((d) => d.file === 'duties/xx.yaml')).toBe(true);
  });
});

describe('syntax errors a clerk can act on', () => {
  it('puts what follows a mis-indented block scalar at its real line, and folds the cascade into one finding', () => {
    const found = findingsOf('syntax', member(' a: x\nb: |\n  abc\nc: d\n'));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:2:1']);
    expect(found[0]!.message).toMatch(/此后本文件还有 \d+ 处问题/);
  });

  it('says the first of a cascade of unexpected tokens, with how many follow', () => {
    const found = validateFiles(member('role: member\nunit: [县某局\nposition: 局长\n  - x: ]\n')).filter((d) => d.rule === 'syntax');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toMatch(/and \d+ more problems? after this one in this file/);
  });
});

describe('a folder with more record files than the limit', () => {
  it('reads up to the limit, then says so once, at the first file left unread', () => {
    const loaded = loadFolder(EXAMPLE, { maxFiles: 10 });
    expect(loaded.records).toHaveLength(10);
    const said = loaded.diagnostics.filter((d) => d.rule === 'file');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ file: 'duties/office.yaml', line: 1, column: 1, severity: 'error' });
    expect(said[0]!.message.en).toBe(
      'The record folder holds more than 10 YAML files, the limit; the rest were not read and the checks are incomplete. Check that nothing else was copied into the folder.',
    );
    expect(LIMITS.files).toBe(200_000);
  });
});
