// yishi init [dir]: a new record folder, ready for git, the editor and CI. It never overwrites a file.
import { Option, type Command } from 'commander';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { InitInput } from '../write/init-folder.js';
import { UsageError, addLangOption, now, parseDate, type CommonOptions } from './context.js';
import { packageVersion } from './package-version.js';

type InitOptions = CommonOptions &
  Omit<InitInput, 'established' | 'ciPrefix' | 'yishiPackage'> & { established?: string; dryRun?: boolean };

/** Refuse options that would make a folder that does not validate. */
function checkOptions(opts: InitOptions, idPattern: RegExp, isTimeZone: (tz: string) => boolean): void {
  if (!opts.name.trim() || /[\r\n]/.test(opts.name))
    throw new UsageError('--name 应为一行文字,即机构的正式名称。', '--name must be one line: the official name of the body.');
  if (!idPattern.test(opts.host))
    throw new UsageError(`--host 的值“${opts.host}”不是有效的成员 id,例如 mz。`, `--host "${opts.host}" is not a valid member id, e.g. mz.`);
  if (!isTimeZone(opts.timezone))
    throw new UsageError(`“${opts.timezone}”不是有效的时区名称,例如 Asia/Shanghai。`, `"${opts.timezone}" is not a time zone, e.g. Asia/Shanghai.`);
  if (opts.minutesNumber !== undefined && !opts.minutesNumber.includes('{n}'))
    throw new UsageError(
      '--minutes-number 模板必须包含 {n}(序号),例如 X困保纪〔{year}〕{n}号。',
      '--minutes-number must contain {n} (the running number), e.g. Minutes [{year}] No. {n}.',
    );
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
  const say = (zh: string, en: string): void => void process.stderr.write(`yishi: ${lang === 'zh' ? zh : en}\n`);
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
    say(`未写入任何文件:以下文件已存在,yishi init 不会覆盖:`, `Nothing written: these files exist and yishi init never overwrites a file:`);
    process.stderr.write(taken.map((t) => `  ${t}\n`).join(''));
    if (opts.ci && taken.some((t) => /\.gitlab-ci\.yml$|yishi\.yml$/.test(t)))
      say('如已有 CI 配置,可加 --no-ci 跳过。', 'If you have CI files already, add --no-ci to skip them.');
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
    throw new UsageError(
      `无法建立记录文件夹 ${shown}\uff08${e.message}\uff09。请检查路径以及文件夹是否可写。`,
      `Could not create the record folder ${shown} (${e.message}). Check the path and that the folder can be written to.`,
    );
  }
  if (!top) {
    if (!git.hasGit())
      say(
        '找不到 git,未初始化仓库;请安装 git 后在该文件夹运行 git init。',
        'git is not installed, so no repository was created; install git and run git init in the folder.',
      );
    else git.git(dir, ['init', '--quiet']);
  }
  const shown = relative(process.cwd(), dir) || '.';
  process.stdout.write(`${shown}\n`);
  say(
    `已新建记录文件夹${top ? '' : '并初始化 git 仓库'}。下一步:用 yishi new member --id ${opts.host} … 建立办公室所在单位等成员,然后 git add . && git commit。`,
    `Record folder created${top ? '' : ' with a new git repository'}. Next: add the members, starting with the office host (yishi new member --id ${opts.host} …), then git add . && git commit.`,
  );
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
