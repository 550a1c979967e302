// yishi init: the files of a new record folder. yishi.yaml, the record folders, line endings for git, the
// JSON Schemas and the editor settings that map each folder to its schema, CI for GitHub and GitLab.
//
// The schemas are copied into the folder (.yishi/schemas/) and every reference to them is relative: the
// folder then works on any clone, offline, without yishi installed where the editor runs, and the schemas
// are versioned with the records they describe.
import { Document } from 'yaml';
import { readSchemaText, SCHEMA_KINDS } from '../schema/schemas.js';
import { FOLDER_KINDS, folderOf, globOf, kindSpec } from '../core/record-kinds.js';
import { SCHEMA_FOLDER, schemaLine } from './record-text.js';

export interface InitInput {
  name: string;
  established: string;
  host: string;
  document?: string;
  minutesNumber?: string;
  timezone: string;
  locale: 'zh-CN' | 'en';
  /** Write the CI files. */
  ci: boolean;
  /** The record folder relative to where the CI files go ('' when they go into the record folder itself). */
  ciPrefix: string;
  /** What CI installs, pinned: `yishi@<the version that ran init>`; a body may point it at its own registry. */
  yishiPackage: string;
}

export interface InitFile {
  /** Relative to the record folder; CI files relative to the CI root (see `ci`). */
  path: string;
  text: string;
  /** A CI file, placed at the top of the repository. */
  ci?: boolean;
}

const FOLDERS = [...FOLDER_KINDS.map(folderOf), 'materials'];

/** One YAML scalar on one line, quoted where YAML needs it. */
function scalar(value: string): string {
  return new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

function bodyText(input: InitInput): string {
  const zh = input.locale === 'zh-CN';
  const c = (zhText: string, enText: string): string => (zh ? zhText : enText);
  const pad = (line: string, comment: string): string => `${line.padEnd(40)} # ${comment}`;
  const lines = [
    schemaLine('yishi.yaml', 'body'),
    'format: 1',
    `name: ${scalar(input.name)}`,
    'established:',
    `  date: ${input.established}`,
    input.document !== undefined
      ? `  document: ${scalar(input.document)}`
      : `  # document: ${c('成立文件名称,如 关于建立全县困难群众基本生活保障工作协调机制的通知', 'the founding document')}`,
    pad('office:', c('领导小组下设办公室', 'the office under the body')),
    pad(
      `  host: ${input.host}`,
      c(
        `办公室所在的成员单位;用 yishi new member --id ${input.host} … 建立该成员`,
        `the member hosting the office; create it with yishi new member --id ${input.host} …`,
      ),
    ),
    `  # director: ${c('办公室主任姓名', 'the office director')}`,
    `locale: ${input.locale}`,
    `timezone: ${scalar(input.timezone)}`,
    input.minutesNumber !== undefined
      ? `minutes_number: ${JSON.stringify(input.minutesNumber)}`
      : `# minutes_number: "${c('X困保纪〔{year}〕{n}号', 'Minutes [{year}] No. {n}')}"   # ${c('纪要编号模板', 'minutes number template')}`,
  ];
  return lines.join('\n') + '\n';
}

function vscodeSettings(): string {
  const schemas: Record<string, string[]> = {};
  for (const kind of SCHEMA_KINDS) schemas[`./${SCHEMA_FOLDER}/${kindSpec(kind).schema}`] = [globOf(kind), `**/${globOf(kind)}`];
  const settings = {
    'yaml.schemas': schemas,
    'files.encoding': 'utf8',
    'files.eol': '\n',
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.autoIndent': 'keep' },
  };
  return JSON.stringify(settings, null, 2) + '\n';
}

/** CI installs one pinned yishi, never whatever `npx` finds under the name. */
const INSTALL_NOTE = 'where CI installs yishi from (a pinned version, your registry, a tarball or a git URL) / CI 安装 yishi 的来源';

function githubWorkflow(prefix: string, yishiPackage: string): string {
  return [
    '# yishi: check the records on every push and pull request. / 每次推送和合并请求时检查记录。',
    'name: yishi',
    'on: [push, pull_request]',
    'jobs:',
    '  records:',
    '    runs-on: ubuntu-latest',
    '    env:',
    `      YISHI_PACKAGE: ${scalar(yishiPackage)}   # ${INSTALL_NOTE}`,
    ...(prefix ? ['    defaults:', '      run:', `        working-directory: ${scalar(prefix)}`] : []),
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: 0        # yishi audit needs the whole history / 核查需要完整历史',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '      - name: install yishi / 安装 yishi',
    '        run: npm install --global "$YISHI_PACKAGE"',
    '      - name: validate / 检查记录',
    '        run: yishi validate --format github',
    '      - name: overdue / 逾期事项',
    '        run: yishi overdue',
    '      - name: audit / 核查已印发纪要',
    '        run: yishi audit --format github',
    '',
  ].join('\n');
}

function gitlabCi(prefix: string, yishiPackage: string): string {
  return [
    '# yishi: check the records on every push and merge request. / 每次推送和合并请求时检查记录。',
    'yishi:',
    '  image: node:20',
    '  variables:',
    '    GIT_DEPTH: "0"              # yishi audit needs the whole history / 核查需要完整历史',
    `    YISHI_PACKAGE: ${scalar(yishiPackage)}   # ${INSTALL_NOTE}`,
    '  script:',
    '    - npm install --global "$YISHI_PACKAGE"',
    ...(prefix ? [`    - cd ${scalar(prefix)}`] : []),
    '    - yishi validate --format text',
    '    - yishi overdue',
    '    - yishi audit',
    '',
  ].join('\n');
}

/** What git leaves out: the temporary files of an interrupted write and the write lock (src/write/). */
const GITIGNORE =
  '# yishi: temporary files of an interrupted write, and the write lock / 中断写入留下的临时文件和写入锁\n.*.tmp\n.yishi.lock\n';

export function initFiles(input: InitInput): InitFile[] {
  const files: InitFile[] = [
    { path: 'yishi.yaml', text: bodyText(input) },
    ...FOLDERS.map((f) => ({ path: `${f}/.gitkeep`, text: '' })),
    { path: '.gitattributes', text: '*.yaml text eol=lf\n' },
    { path: '.gitignore', text: GITIGNORE },
    { path: '.vscode/settings.json', text: vscodeSettings() },
    ...SCHEMA_KINDS.map((k) => ({ path: `${SCHEMA_FOLDER}/${kindSpec(k).schema}`, text: readSchemaText(k) })),
  ];
  if (input.ci) {
    const prefix = input.ciPrefix.replace(/\/$/, '');
    files.push({ path: '.github/workflows/yishi.yml', text: githubWorkflow(prefix, input.yishiPackage), ci: true });
    files.push({ path: '.gitlab-ci.yml', text: gitlabCi(prefix, input.yishiPackage), ci: true });
  }
  return files;
}
