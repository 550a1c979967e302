// yishi init [dir]: a new record folder, ready for git, the editor and CI. It never overwrites a file.
import { Option, type Command } from 'commander';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { InitInput } from '../write/init-folder.js';
import { UsageError, addLangOption, now, parseDate, type CommonOptions } from './context.js';
import { packageVersion } from './package-version.js';
import { say } from '../core/messages.js';
import type { Message } from '../core/diagnostic.js';
import { CLI, USAGE } from '../i18n/cli.js';

type InitOptions = CommonOptions &
  Omit<InitInput, 'established' | 'ciPrefix' | 'yishiPackage'> & { established?: string; dryRun?: boolean };

/** Refuse options that would make a folder that does not validate. */
function checkOptions(opts: InitOptions, idPattern: RegExp, isTimeZone: (tz: string) => boolean): void {
  if (!opts.name.trim() || /[\r\n]/.test(opts.name)) throw new UsageError(say(USAGE, 'nameOneLine'));
  if (!idPattern.test(opts.host)) throw new UsageError(say(USAGE, 'badHost', { host: opts.host }));
  if (!isTimeZone(opts.timezone)) throw new UsageError(say(USAGE, 'badTimeZone', { timezone: opts.timezone }));
  if (opts.minutesNumber !== undefined && !opts.minutesNumber.includes('{n}'))
    // The template's own placeholders are shown as written.
    throw new UsageError(say(USAGE, 'numberTemplate', { n: '{n}', year: '{year}' }));
}

async function init(dirArg: string, opts: InitOptions): Promise<void> {
  const [{ chooseLang }, { initFiles }, git, { writeFileAtomic }, { isTimeZone, todayIn }, { ID_PATTERN }] = await Promise.all([
    import('../core/lang.js'),
    import('../write/init-folder.js'),
    import('../history/git.js'),
    import('../write/atomic-write.js'),
    import('../model/today.js'),
    import('../load/load-folder.js'),
  ]);
  const lang = chooseLang(opts.lang, opts.locale === 'en' ? 'en' : 'zh-CN');
  const tell = (message: Message): void => void process.stderr.write(`yishi: ${message[lang]}\n`);
  const dir = resolve(dirArg);
  checkOptions(opts, ID_PATTERN, isTimeZone);
  const established = parseDate(opts.established, '--established') ?? todayIn(opts.timezone, now());

  // Where the CI files go: the top of the repository the folder is in, or the folder when it is in none.
  let existing = dir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const top = git.hasGit() ? git.workTreeTop(existing) : undefined;
  const ciRoot = top ?? dir;
  const ciPrefix = top ? relative(top, dir).split('\\').join('/') : '';

  const files = initFiles({ ...opts, name: opts.name.trim(), established, ciPrefix, yishiPackage: `yishi@${packageVersion()}` });
  const target = (f: (typeof files)[number]): string => join(f.ci ? ciRoot : dir, ...f.path.split('/'));
  const taken = files.filter((f) => existsSync(target(f))).map((f) => relative(process.cwd(), target(f)) || target(f));
  if (taken.length > 0) {
    tell(say(CLI, 'initExists'));
    process.stderr.write(taken.map((t) => `  ${t}\n`).join(''));
    if (opts.ci && taken.some((t) => /\.gitlab-ci\.yml$|yishi\.yml$/.test(t))) tell(say(CLI, 'initNoCi'));
    process.exitCode = 1;
    return;
  }
  if (opts.dryRun) {
    const shownPath = (path: string): string => {
      const rel = relative(process.cwd(), path);
      return rel && !rel.startsWith('..') ? rel : path;
    };
    process.stdout.write(files.map((f) => `${shownPath(target(f))}\n`).join(''));
    return;
  }
  try {
    mkdirSync(dir, { recursive: true });
    for (const f of files) writeFileAtomic(target(f), f.text);
  } catch (e) {
    // The file system refused (a file where a folder belongs, no permission): not a bug in yishi.
    if (!(e instanceof Error && 'code' in e)) throw e;
    const shown = relative(process.cwd(), dir) || dir;
    throw new UsageError(say(USAGE, 'cannotCreate', { shown, message: e.message }));
  }
  if (!top) {
    if (!git.hasGit()) tell(say(CLI, 'initNoGit'));
    else git.git(dir, ['init', '--quiet']);
  }
  const shown = relative(process.cwd(), dir) || '.';
  process.stdout.write(`${shown}\n`);
  tell(say(CLI, top ? 'initDone' : 'initDoneWithGit', { host: opts.host }));
}

export function register(program: Command): void {
  const cmd = program
    .command('init')
    .description('create a new record folder: yishi.yaml, folders, schemas, editor and CI settings, git / 新建记录文件夹')
    .argument('[dir]', 'the folder (default: the current folder) / 文件夹', '.')
    .requiredOption('--name <name>', 'the name of the body, e.g. 某某县困难群众基本生活保障工作领导小组 / 机构名称')
    .option('--established <date>', 'date of the founding document (default: today) / 成立日期')
    .option('--document <title>', 'the founding document / 成立文件名称')
    .option('--host <id>', 'member id of the unit that hosts the office / 办公室所在成员单位的 id', 'mz')
    .option('--minutes-number <template>', 'minutes number template with {year} and {n} / 纪要编号模板')
    .option('--timezone <tz>', 'IANA time zone / 时区', 'Asia/Shanghai')
    .addOption(new Option('--locale <locale>', 'language of the records / 记录语言').choices(['zh-CN', 'en']).default('zh-CN'))
    .option('--no-ci', 'no GitHub / GitLab CI files / 不生成 CI 配置')
    .option('-n, --dry-run', 'list the files it would write, write nothing / 只列出将写入的文件,不写入');
  addLangOption(cmd);
  cmd.action(init);
}
