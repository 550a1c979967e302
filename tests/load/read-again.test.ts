// validate keeps in memory only the texts it will look into again (load-folder.ts keepText); the others are read
// from the file again when a finding needs a position. The findings are the same either way, and a file changed in
// between is never placed by a text that does not match what was checked.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALIDATE_LOAD, validateFolder } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { formatJson } from '../../src/report/format-json.js';
import { EXAMPLE, REPO, copyExample } from '../helpers/folder.js';

const AS_OF = '2026-11-28';
const json = (dir: string, options = {}): string => {
  const result = validateFolder(loadFolder(dir, options), { asOf: AS_OF });
  return formatJson(result.diagnostics, result.fileCount, 'en');
};

describe('texts read again', () => {
  it('give validate exactly the findings of a load that keeps every text', () => {
    for (const dir of [EXAMPLE, join(REPO, 'tests/fixtures/mistakes')]) {
      const kept = json(dir);
      expect(json(dir, VALIDATE_LOAD)).toBe(kept);
      expect((JSON.parse(kept) as { diagnostics: unknown[] }).diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('keep only the texts the personal-data guard looks into', () => {
    const path = 'resolutions/2025/2025-03-20-plenary-1.yaml';
    const dir = copyExample();
    writeFileSync(join(dir, path), `# 联系人手机 13800138000\n${readFileSync(join(EXAMPLE, path), 'utf8')}`);
    const loaded = loadFolder(dir, VALIDATE_LOAD);
    expect(loaded.records.filter((r) => r.file.resident !== false).map((r) => r.file.path)).toEqual([path]);
    const found = validateFolder(loaded, { asOf: AS_OF }).diagnostics.filter((d) => d.rule === 'personal-data');
    expect(found.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([`${path}:1:9`]);
  });

  it('place a finding by the file as it was read, or at 1:1 when it has changed since', () => {
    const dir = copyExample();
    const path = 'meetings/2024/2024-06-20-written.yaml';
    const loaded = loadFolder(dir, { keepText: () => false });
    const record = loaded.records.find((r) => r.file.path === path)!;
    expect(record.file.resident).toBe(false);
    const text = record.file.text;
    expect(text).toContain('participants:');
    expect(loaded.source.positionOf(path, ['respond_by'])).toEqual({ line: 23, column: 13 });

    const again = loadFolder(dir, { keepText: () => false });
    writeFileSync(join(dir, path), `# 改过\n${text}`);
    expect(again.records.find((r) => r.file.path === path)!.file.text).toBe('');
    expect(again.source.positionOf(path, ['respond_by'])).toEqual({ line: 1, column: 1 });
  });
});
