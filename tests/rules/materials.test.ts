// materials [六(二)]: archived meeting materials are files inside the record folder and match their sha256.
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/check/check-folder.js';
import { resolveRuleConfig, runRules } from '../../src/check/run-rules.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { rule } from '../../src/rules/materials.js';
import { makeFolder, smallBody } from '../helpers/folder.js';
import { tempDir } from '../helpers/temp-dir.js';

const ID = 'materials';
const AS_OF = '2025-07-01';
const FILE = 'meetings/2025/2025-03-01-plenary.yaml';
const AGENDA = '# 会议议程\n\n一、审议工作要点\n';
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Material i starts on line 9 + 3i: `file` value at column 11, `sha256` value at column 13. */
function meeting(materials: Array<[file: string, sha256?: string]>): string {
  const lines = [
    'kind: plenary',
    'title: 2025年第一次全体会议',
    'date: 2025-03-01',
    'location: 会议室',
    'convener: zz',
    'recorder: 示例乙',
    'proceedings: 讨论。',
    'materials:',
  ];
  for (const [file, hash] of materials)
    lines.push('  - title: 会议材料', `    file: ${file}`, hash ? `    sha256: ${hash}` : '    # no sha256');
  return lines.join('\n') + '\n';
}

function folder(materials: Array<[file: string, sha256?: string]>): string {
  return makeFolder(smallBody({ [FILE]: meeting(materials), 'materials/2025/agenda.md': AGENDA }));
}

function found(dir: string): Array<{ at: string; severity: string }> {
  const diagnostics = validateFolder(loadFolder(dir), { asOf: AS_OF }).diagnostics;
  expect(diagnostics.filter((d) => d.rule === 'schema')).toEqual([]);
  return diagnostics.filter((d) => d.rule === ID).map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, severity: d.severity }));
}

/** A file outside any record folder. */
function outsideFile(): string {
  const dir = tempDir('outside');
  writeFileSync(join(dir, 'secret.txt'), 'not a record\n');
  return dir;
}

describe('materials', () => {
  describe('valid', () => {
    it('files inside the folder, matching their sha256 (upper or lower case), or without one', () => {
      const dir = folder([
        ['materials/2025/agenda.md', sha(AGENDA)],
        ['materials/2025/agenda.md', sha(AGENDA).toUpperCase()],
        ['materials/2025/agenda.md'],
      ]);
      expect(found(dir)).toEqual([]);
    });

    it('a symbolic link to another file inside the folder', () => {
      const dir = folder([['materials/2025/link.md', sha(AGENDA)]]);
      symlinkSync('agenda.md', join(dir, 'materials/2025/link.md'));
      expect(found(dir)).toEqual([]);
    });
  });
});

describe('materials', () => {
  describe('invalid', () => {
    it('a file that does not exist', () => {
      const dir = folder([
        ['materials/2025/agenda.md', sha(AGENDA)],
        ['materials/2025/sign-in.pdf', sha(AGENDA)],
      ]);
      const d = validateFolder(loadFolder(dir), { asOf: AS_OF }).diagnostics.filter((x) => x.rule === ID);
      expect(d.map((x) => [`${x.file}:${x.line}:${x.column}`, x.severity])).toEqual([[`${FILE}:13:11`, 'error']]);
      expect(d[0]!.message.zh).toContain('找不到材料文件“materials/2025/sign-in.pdf”');
    });

    it('a file that was changed after archiving: wrong sha256', () => {
      const dir = folder([
        ['materials/2025/agenda.md', sha('# 会议议程\n')],
        ['materials/2025/agenda.md', sha(AGENDA)],
      ]);
      const d = validateFolder(loadFolder(dir), { asOf: AS_OF }).diagnostics.filter((x) => x.rule === ID);
      expect(d.map((x) => [`${x.file}:${x.line}:${x.column}`, x.severity])).toEqual([[`${FILE}:11:13`, 'error']]);
      expect(d[0]!.message.en).toContain(`its SHA-256 is now ${sha(AGENDA)}`);
    });

    it('a symbolic link to a file outside the folder, and a linked folder outside it', () => {
      const outside = outsideFile();
      const dir = folder([['materials/2025/secret.txt', sha('not a record\n')], ['materials/linked/secret.txt']]);
      symlinkSync(join(outside, 'secret.txt'), join(dir, 'materials/2025/secret.txt'));
      symlinkSync(outside, join(dir, 'materials/linked'));
      const d = validateFolder(loadFolder(dir), { asOf: AS_OF }).diagnostics.filter((x) => x.rule === ID);
      expect(d.map((x) => [`${x.file}:${x.line}:${x.column}`, x.severity])).toEqual([
        [`${FILE}:10:11`, 'error'],
        [`${FILE}:13:11`, 'error'],
      ]);
      expect(d[0]!.message.zh).toContain('指向记录文件夹之外的符号链接');
    });

    it('a folder where a file belongs', () => {
      const dir = folder([['materials/2025']]);
      expect(found(dir)).toEqual([{ at: `${FILE}:10:11`, severity: 'error' }]);
    });

    it('`..` and absolute paths are refused by the schema, and by the rule should they reach it', () => {
      const outside = outsideFile();
      const dir = makeFolder(smallBody({ [FILE]: meeting([['materials/../../x.txt'], [join(outside, 'secret.txt')]]) }));
      const schema = validateFolder(loadFolder(dir), { asOf: AS_OF }).diagnostics.filter((d) => d.rule === 'schema');
      expect(schema.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([`${FILE}:10:11`, `${FILE}:13:11`]);

      // Past the schema (e.g. a future change to it), the rule itself still refuses them.
      const good = folder([['materials/2025/agenda.md'], ['materials/2025/agenda.md']]);
      const { records, source } = validateFolder(loadFolder(good), { asOf: AS_OF });
      const materials = records.meetings.get('2025-03-01-plenary')!.data.materials!;
      materials[0]!.file = '../x.txt';
      materials[1]!.file = join(outside, 'secret.txt');
      const d = runRules(records, source, AS_OF, resolveRuleConfig(records, source, [rule]).config, [rule]);
      expect(d.map((x) => [`${x.file}:${x.line}:${x.column}`, x.rule, x.severity])).toEqual([
        [`${FILE}:10:11`, ID, 'error'],
        [`${FILE}:13:11`, ID, 'error'],
      ]);
      expect(d.every((x) => x.message.zh.includes('指向记录文件夹之外'))).toBe(true);
    });

    it('warnings at warn', () => {
      const dir = makeFolder(
        smallBody({
          'yishi.yaml': String(smallBody()['yishi.yaml']) + 'rules:\n  materials: warn\n',
          [FILE]: meeting([['materials/2025/none.md']]),
        }),
      );
      mkdirSync(join(dir, 'materials'));
      expect(found(dir)).toEqual([{ at: `${FILE}:10:11`, severity: 'warning' }]);
    });
  });
});
