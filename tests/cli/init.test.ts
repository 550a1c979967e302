// yishi init: a new record folder that git, the editor and CI understand; never an overwritten file.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { REPO } from '../helpers/folder.js';
import { git, gitEnv } from '../helpers/git.js';
import { tempDir } from '../helpers/temp-dir.js';

const yishi = (cwd: string, args: string[]) => runYishi(args, { cwd, env: gitEnv() });
const NAME = '测试县困难群众基本生活保障工作领导小组';
const freshDir = () => tempDir('init');

describe('yishi init', () => {
  it('writes the body, the folders, git attributes, schemas, editor settings and CI, and runs git init', () => {
    const parent = freshDir();
    const r = yishi(parent, ['init', 'body', '--name', NAME, '--established', '2024-01-10', '--minutes-number', '测困保纪〔{year}〕{n}号']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('body\n');
    const dir = join(parent, 'body');
    expect(readdirSync(dir).sort()).toEqual(
      [
        '.git',
        '.gitattributes',
        '.github',
        '.gitignore',
        '.gitlab-ci.yml',
        '.vscode',
        '.yishi',
        'duties',
        'materials',
        'meetings',
        'members',
        'resolutions',
        'yishi.yaml',
      ].sort(),
    );
    for (const f of ['members', 'duties', 'meetings', 'resolutions', 'materials']) expect(readdirSync(join(dir, f))).toEqual(['.gitkeep']);
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe('*.yaml text eol=lf\n');
    // Temporary files of a write that was killed, and the write lock, stay out of git.
    expect(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n').slice(1)).toEqual(['.*.tmp', '.yishi.lock', '']);
    expect(readFileSync(join(dir, 'yishi.yaml'), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=.yishi/schemas/body.schema.json',
        'format: 1',
        `name: ${NAME}`,
        'established:',
        '  date: 2024-01-10',
        '  # document: 成立文件名称,如 关于建立全县困难群众基本生活保障工作协调机制的通知',
        'office:                                  # 领导小组下设办公室',
        '  host: mz                               # 办公室所在的成员单位;用 yishi new member --id mz … 建立该成员',
        '  # director: 办公室主任姓名',
        'locale: zh-CN',
        'timezone: Asia/Shanghai',
        'minutes_number: "测困保纪〔{year}〕{n}号"',
        '',
      ].join('\n'),
    );
    // the schemas travel with the folder; the editor settings point at them relatively
    for (const kind of ['body', 'member', 'duty', 'meeting', 'resolution'])
      expect(readFileSync(join(dir, `.yishi/schemas/${kind}.schema.json`), 'utf8')).toBe(
        readFileSync(join(REPO, `schemas/${kind}.schema.json`), 'utf8'),
      );
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['./.yishi/schemas/meeting.schema.json']).toEqual(['meetings/*/*.yaml', '**/meetings/*/*.yaml']);
    expect(Object.keys(settings['yaml.schemas'])).toHaveLength(5);
    const gh = readFileSync(join(dir, '.github/workflows/yishi.yml'), 'utf8');
    expect(gh).toMatch(/\n {6}YISHI_PACKAGE: yishi@\d+\.\d+\.\d+ {3}# where CI installs yishi from/);
    expect(gh).toContain('        run: npm install --global "$YISHI_PACKAGE"\n');
    expect(gh).toContain('        run: yishi validate --format github\n');
    expect(gh).toContain('        run: yishi overdue\n');
    expect(gh).not.toContain('npx');
    expect(gh).toContain('          fetch-depth: 0');
    expect(gh).not.toContain('working-directory');
    const gl = readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8');
    expect(gl).toContain('    - npm install --global "$YISHI_PACKAGE"\n    - yishi validate --format text\n    - yishi overdue\n');
    expect(git(dir, ['rev-parse', '--show-toplevel']).trim()).toBe(dir);
  });
});

describe('yishi init', () => {
  it('the new folder needs only the office host; with it (and its duty) it validates', () => {
    const parent = freshDir();
    yishi(parent, ['init', 'body', '--name', NAME, '--established', '2024-01-10']);
    const dir = join(parent, 'body');
    const first = yishi(dir, ['validate', '--as-of', '2024-02-01']);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('  8:9  错误  找不到成员“mz”。  reference');
    const host = yishi(dir, [
      'new',
      'member',
      '--id',
      'mz',
      '--unit',
      '县民政局',
      '--position',
      '局长',
      '--holder',
      '示例乙',
      '--from',
      '2024-01-10',
      '--duty',
      '统筹全县困难群众基本生活保障工作。',
      '--as-of',
      '2024-02-01',
    ]);
    expect(host.stdout).toBe('members/mz.yaml\nduties/mz.yaml\n');
    expect(readFileSync(join(dir, 'members/mz.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../.yishi/schemas/member.schema.json',
    );
    expect(yishi(dir, ['validate', '--as-of', '2024-02-01']).stdout).toBe('检查了 3 个文件,没有发现问题。\n');
  });

  it('never overwrites: with one file in the way it writes nothing and names the file', () => {
    const parent = freshDir();
    yishi(parent, ['init', 'body', '--name', NAME, '--established', '2024-01-10']);
    const dir = join(parent, 'body');
    rmSync(join(dir, '.gitlab-ci.yml'));
    const before = readFileSync(join(dir, 'yishi.yaml'));
    const r = yishi(parent, ['init', 'body', '--name', '另一个名称', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      'yishi: Nothing written: these files exist and yishi init never overwrites a file:',
      '  body/yishi.yaml',
      '  body/members/.gitkeep',
    ]);
    expect(readFileSync(join(dir, 'yishi.yaml')).equals(before)).toBe(true);
    expect(existsSync(join(dir, '.gitlab-ci.yml'))).toBe(false);
  });

  it('inside an existing repository: no new repository, CI at its top working in the record folder', () => {
    const top = freshDir();
    git(top, ['init', '-q']);
    const r = yishi(top, ['init', 'records/county', '--name', NAME, '--established', '2024-01-10']);
    expect(r.status).toBe(0);
    expect(existsSync(join(top, 'records/county/.git'))).toBe(false);
    expect(readFileSync(join(top, '.github/workflows/yishi.yml'), 'utf8')).toContain(
      '    defaults:\n      run:\n        working-directory: records/county\n',
    );
    expect(readFileSync(join(top, '.gitlab-ci.yml'), 'utf8')).toContain('    - cd records/county\n');
    expect(existsSync(join(top, 'records/county/.github'))).toBe(false);
  });
});

describe('yishi init', () => {
  it('a folder that cannot be made (a file in the way) is reported in both languages (exit 2), not as a bug', () => {
    const base = freshDir();
    writeFileSync(join(base, 'records'), '');
    const en = yishi(base, ['init', 'records/sub', '--name', NAME, '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).not.toContain('bug');
    expect(en.stderr).toMatch(
      /^yishi: Could not create the record folder records\/sub \(ENOTDIR: .*\)\. Check the path and that the folder can be written to\.\n$/,
    );
    const zh = yishi(base, ['init', 'records/sub', '--name', NAME]);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toMatch(/^yishi: 无法建立记录文件夹 records\/sub（ENOTDIR: .*）。请检查路径以及文件夹是否可写。\n$/);
  });

  it('--dry-run lists the files it would write and writes nothing, not even a repository', () => {
    const parent = freshDir();
    const r = yishi(parent, ['init', 'body', '--name', NAME, '--no-ci', '--established', '2024-01-10', '--dry-run', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toEqual(expect.arrayContaining(['body/yishi.yaml', 'body/.gitattributes', 'body/members/.gitkeep']));
    expect(r.stderr).toBe('');
    expect(existsSync(join(parent, 'body'))).toBe(false);
  });

  it('--no-ci leaves CI out; a bad template or time zone is a usage error', () => {
    const parent = freshDir();
    expect(yishi(parent, ['init', 'a', '--name', NAME, '--no-ci', '--established', '2024-01-10']).status).toBe(0);
    expect(existsSync(join(parent, 'a/.gitlab-ci.yml'))).toBe(false);
    expect(yishi(parent, ['init', 'b', '--name', NAME, '--minutes-number', '纪要〔{year}〕']).status).toBe(2);
    expect(yishi(parent, ['init', 'c', '--name', NAME, '--timezone', 'Mars/Base']).status).toBe(2);
    expect(existsSync(join(parent, 'b'))).toBe(false);
  });
});
