// yishi render … -o FILE.docx and yishi render brief, run as a user would (the built binary).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { runYishi } from '../helpers/cli.js';
import { docxParagraphs, partsOf } from '../helpers/docx.js';
import { REPO } from '../helpers/folder.js';

const EX = ['-C', 'examples/lanping'];
const dir = tempDir('docx');

describe('yishi render to .docx', () => {
  it('writes a .docx when -o ends in .docx, and the same bytes twice', async () => {
    const file = join(dir, '纪要.docx');
    const r = runYishi(['render', 'minutes', '2026-03-18-plenary', ...EX, '-o', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const first = readFileSync(file);
    expect(first.subarray(0, 2).toString()).toBe('PK');
    const parts = await partsOf(first);
    expect(docxParagraphs(parts.get('word/document.xml')!)[0]).toBe('兰坪县困难群众基本生活保障工作领导小组2026年第一次全体会议纪要');
    expect(runYishi(['render', 'minutes', '2026-03-18-plenary', ...EX, '-o', file]).status).toBe(0);
    expect(readFileSync(file).equals(first)).toBe(true);
  });

  it('writes Markdown into a .docx-named file only when --format md says so, and a .docx with --format docx', () => {
    const md = join(dir, 'x.docx');
    expect(runYishi(['render', 'roster', ...EX, '--as-of', '2026-11-28', '--format', 'md', '-o', md]).status).toBe(0);
    expect(readFileSync(md, 'utf8')).toBe(readFileSync(join(REPO, 'tests/golden/render/roster.zh.md'), 'utf8'));
    const docx = join(dir, 'roster.bin');
    expect(runYishi(['render', 'roster', ...EX, '--as-of', '2026-11-28', '--format', 'docx', '-o', docx]).status).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses to write a .docx to the terminal (exit 2)', () => {
    const r = runYishi(['render', 'report', '--year', '2025', ...EX, '--as-of', '2026-11-28', '--format', 'docx']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('请用 -o 指定文件');
  });
});

describe('yishi render brief', () => {
  it('prints the brief of a quarter, exactly the golden file', () => {
    const r = runYishi(['render', 'brief', '--quarter', '2025Q3', ...EX, '--as-of', '2025-10-10', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(REPO, 'tests/golden/render/brief-2025Q3.en.md'), 'utf8'));
  });

  it('takes the issue number from --number, else from the quarter or month', () => {
    const r = runYishi(['render', 'brief', '--month', '2026-06', '--number', '12', ...EX, '--as-of', '2026-11-28']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n第12期\n');
    expect(
      runYishi(['render', 'brief', '--from', '2026-06-01', '--to', '2026-06-30', '--number', '6', ...EX, '--as-of', '2026-11-28']).stdout,
    ).toContain('本期(2026年6月1日至2026年6月30日)');
  });

  it('says what is wrong with the period, exit 2', () => {
    const cases: Array<[string[], string]> = [
      [[], '三者选一'],
      [['--quarter', '2025Q5'], '--quarter 的值“2025Q5”不是季度'],
      [['--month', '2025-13'], '--month 的值“2025-13”不是月份'],
      [['--quarter', '2025Q3', '--month', '2025-09'], '三者选一'],
      [['--from', '2025-07-01'], '三者选一'],
      [['--from', '2025-09-01', '--to', '2025-07-01', '--number', '1'], '--from 2025-09-01 晚于 --to 2025-07-01'],
      [['--from', '2025-07-01', '--to', '2025-09-30'], '请用 --number 写明期号'],
      [['--quarter', '2025Q3', '--number', '0'], '--number 的值“0”不是期号'],
    ];
    for (const [args, message] of cases) {
      const r = runYishi(['render', 'brief', ...args, ...EX]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
    const other = runYishi(['render', 'roster', '--quarter', '2025Q3', ...EX]);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('--quarter 只用于 yishi render brief');
  });
});

describe('the README', () => {
  it('renders every document of the example to .docx with the commands it shows', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('#### 可以直接印发的 Word 文档'));
    const lines = /```sh\n([\s\S]*?)```/.exec(section)![1]!.trim().split('\n');
    expect(lines.map((l) => l.split(' ')[2])).toEqual(['minutes', 'agenda', 'roster', 'duties', 'report', 'brief']);
    for (const line of lines) {
      const args = line.split(' ').slice(1);
      const out = args.indexOf('-o');
      args[out + 1] = join(dir, args[out + 1]!);
      const r = runYishi(args);
      expect(r.status, `${line}: ${r.stderr}`).toBe(0);
      expect(
        readFileSync(args[out + 1]!)
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    }
  }, 180_000);
});
