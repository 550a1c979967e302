// Findings of loading: syntax with input-method hints, encoding, file safety.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFolder } from '../../src/load/load-folder.js';
import { validateFolder } from '../../src/check/check-folder.js';
import { findingsOf, makeFolder, smallBody, validateFiles, type Files } from '../helpers/folder.js';
import { tempDir } from '../helpers/temp-dir.js';

const member = (lines: string): Files => smallBody({ 'members/xx.yaml': lines });

describe('syntax', () => {
  it('names a full-width colon typed after a key, at the colon', () => {
    expect(findingsOf('syntax', member('role: member\nunit： 县某局\n'))).toEqual([
      {
        at: 'members/xx.yaml:2:5',
        severity: 'error',
        message: '“unit”后面是中文全角冒号“：”。YAML 的键后面要用英文半角冒号“:”,再加一个空格。请切换到英文输入法重新输入。',
      },
    ]);
  });

  it('names tab indentation', () => {
    const found = findingsOf('syntax', member('role: member\nholders:\n\t- name: 示例\n'));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:3:1']);
    expect(found[0]!.message).toContain('Tab');
  });

  it('names a full-width dash used as a list marker', () => {
    const found = findingsOf('syntax', member('role: member\nholders:\n  － name: 示例\n'));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:3:3']);
    expect(found[0]!.message).toContain('“-”');
  });

  it('names a full-width comma inside a bracket list', () => {
    const found = findingsOf(
      'syntax',
      smallBody({ 'resolutions/2025/x-1.yaml': 'meeting: x\nno: 1\ntext: 建库\nresponsible: [cz，mz]\n' }),
    );
    expect(found.map((f) => f.at)).toEqual(['resolutions/2025/x-1.yaml:4:17']);
    expect(found[0]!.message).toContain('全角逗号');
  });

  it('leaves full-width punctuation alone inside block text', () => {
    const files = smallBody({
      'duties/mz.yaml': 'holder: mz\nfrom: 2024-01-10\ntext: |\n  民政局：统筹低收入人口认定，\n  － 负责救助。\n',
    });
    expect(findingsOf('syntax', files)).toEqual([]);
    expect(findingsOf('schema', files)).toEqual([]);
  });

  it('reports a duplicate key and an unclosed quote with their lines', () => {
    expect(findingsOf('syntax', member('role: member\nrole: leader\n')).map((f) => f.at)).toEqual(['members/xx.yaml:2:1']);
    const quote = findingsOf('syntax', member('role: member\nunit: "县某局\n'));
    expect(quote).toHaveLength(1);
    expect(quote[0]!.message).toMatch(/^YAML 语法错误/);
  });

  it('refuses an alias bomb quickly, and keeps checking the other files', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const files = smallBody({
      'members/bomb.yaml': bomb.join('\n') + '\n',
      'members/yy.yaml': 'role: chief\nunit: 县某局\nposition: 局长\nholders: []\n',
    });
    const started = Date.now();
    const syntax = findingsOf('syntax', files);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.at).toBe('members/bomb.yaml:1:1');
    expect(syntax[0]!.message).toContain('别名');
    expect(findingsOf('schema', files).map((f) => f.at)).toContain('members/yy.yaml:1:7');
  });
});

describe('encoding and files', () => {
  it('says a GBK file looks like GBK and how to re-save it', () => {
    const gbk = new Uint8Array(Buffer.from('726f6c653a206d656d6265720a756e69743a20cfd8c3f1d5fed6b10a', 'hex')); // "unit: 县民政局" in GBK
    const found = findingsOf('encoding', smallBody({ 'members/xx.yaml': gbk }));
    expect(found).toHaveLength(1);
    expect(found[0]!.at).toBe('members/xx.yaml:2:7');
    expect(found[0]!.message).toContain('GBK');
    expect(found[0]!.message).toContain('UTF-8');
  });

  it('accepts a UTF-8 BOM and CRLF line ends, with correct positions', () => {
    const text =
      '\uFEFFrole: member\r\nunit: 县某局\r\nposition: 局长\r\nholders:\r\n  - name: 示例\r\n    from: 2024-01-10\r\nresposible: x\r\n';
    const files = smallBody({ 'members/xx.yaml': text });
    expect(findingsOf('syntax', files)).toEqual([]);
    expect(findingsOf('encoding', files)).toEqual([]);
    expect(findingsOf('schema', files).map((f) => f.at)).toEqual(['members/xx.yaml:7:1']);
  });

  it('refuses a huge file without reading it', () => {
    const huge = 'role: member\nunit: 县某局\nposition: 局长\nholders:\n' + '  - name: 示例\n    from: 2024-01-10\n'.repeat(80_000);
    const found = findingsOf('file', smallBody({ 'members/xx.yaml': huge }));
    expect(found).toHaveLength(1);
    expect(found[0]!.at).toBe('members/xx.yaml:1:1');
    expect(found[0]!.message).toContain('文件过大');
  });

  it('refuses a symbolic link that points outside the folder', () => {
    const outside = join(tempDir('outside'), 'out.yaml');
    writeFileSync(outside, 'role: member\nunit: 县外局\nposition: 局长\nholders:\n  - name: 示例\n    from: 2024-01-10\n');
    const dir = makeFolder(smallBody());
    symlinkSync(outside, join(dir, 'members/out.yaml'));
    symlinkSync(join(dir, 'members/mz.yaml'), join(dir, 'members/mz2.yaml'));
    const result = validateFolder(loadFolder(dir), { asOf: '2025-07-01' });
    const files = result.diagnostics.filter((d) => d.rule === 'file');
    expect(files.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['members/out.yaml:1:1']);
    expect(files[0]!.message.en).toContain('outside the record folder');
    expect(result.records.members.has('out')).toBe(false);
    expect(result.records.members.has('mz2')).toBe(true);
  });
});

describe('odd files', () => {
  it("says a second document (---) in one file is one record too many, without the parser's advice to programmers", () => {
    const found = validateFiles(member('role: member\n---\nrole: leader\n')).filter((d) => d.rule === 'syntax');
    expect(found.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['members/xx.yaml:2:1']);
    expect(found[0]!.message.zh).toBe(
      'YAML 语法错误:一个文件只能有一个 YAML 文档,第二个文档从这里开始(由“---”或“...”分隔)。每个记录一个文件:请删去分隔符,或把后面的内容移到单独的文件中。',
    );
    expect(found[0]!.message.en).toBe(
      'YAML syntax error: a file holds one YAML document, and a second one starts here (after a "---" or ' +
        '"..." separator). One record per file: remove the separator, or move what follows into a file of ' +
        'its own.',
    );
  });

  it('says an empty file or a comments-only file has no content', () => {
    const found = findingsOf('schema', smallBody({ 'members/xx.yaml': '# 只有注释\n', 'members/yy.yaml': '' }));
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:1:1', 'members/yy.yaml:1:1']);
    expect(found[0]!.message).toContain('文件没有内容');
  });

  it('says each syntax mistake once', () => {
    const found = findingsOf('syntax', smallBody({ 'members/xx.yaml': '{{{{' }));
    const places = found.map((f) => `${f.at} ${f.message}`);
    expect(new Set(places).size).toBe(places.length);
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('loading again with an earlier load', () => {
  it('takes unchanged files from it (with their findings), and reads only what the overlay replaces', () => {
    const files = smallBody({ 'members/bad.yaml': 'role: member\nunit： 县某局\n', 'members/xx.yaml': 'role: member\n' });
    const dir = makeFolder(files);
    const first = loadFolder(dir);
    // A file changed on disk after the first load: the reused load still has the text it read then.
    writeFileSync(join(dir, 'members/cz.yaml'), 'role: chief\n');
    const again = loadFolder(dir, { reuse: first, overlay: new Map([['members/xx.yaml', 'role: leader\n']]) });
    expect(again.records.find((r) => r.id === 'cz')).toBe(first.records.find((r) => r.id === 'cz'));
    expect(again.records.find((r) => r.id === 'xx')?.data).toEqual({ role: 'leader' });
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.fileCount).toBe(first.fileCount);
    const fresh = validateFolder(loadFolder(makeFolder(files)), { asOf: '2025-07-01' }).diagnostics;
    expect(
      validateFolder(loadFolder(dir, { reuse: first }), { asOf: '2025-07-01' }).diagnostics.map(
        (d) => `${d.file}:${d.line}:${d.column} ${d.rule}`,
      ),
    ).toEqual(fresh.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`));
  });
});
