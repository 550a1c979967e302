// The texts of the command line (src/cli/): usage mistakes (exit 2) and the lines the commands print.
import { defineMessages } from '../core/messages.js';

/** A mistake in how a command was called: exit 2. */
export const USAGE = defineMessages({
  didYouMean: { zh: '你是不是想写“{close}”?', en: ' Did you mean "{close}"?' },
  yearRange: { zh: ';--year {range}', en: '; {range}' },
  yearBetween: { zh: '请写 {first} 至 {last} 年之间的年份', en: 'give --year between {first} and {last}' },
  reportYear: { zh: '年度报告用 --year 指定年份。', en: 'Choose the year with --year.' },
  documentDate: { zh: '用 --as-of 指定日期。', en: 'Choose the date with --as-of.' },
  noFolder: {
    zh: '找不到记录文件夹:{start} 及其上级文件夹中都没有 yishi.yaml。请进入记录文件夹,或用 -C <路径> 指定;新建请运行 yishi init。',
    en: 'No record folder: there is no yishi.yaml in {start} or above it. cd into the record folder or pass -C <path>; yishi init creates one.',
  },
  badDate: {
    zh: '{option} 的值“{value}”不是有效日期,应写成 YYYY-MM-DD,例如 2025-07-01。',
    en: '{option} "{value}" is not a real date; write YYYY-MM-DD, e.g. 2025-07-01.',
  },
  badNow: {
    zh: 'YISHI_NOW 的值“{fixed}”不是有效时间。',
    en: 'YISHI_NOW "{fixed}" is not a valid instant.',
  },
  nameOneLine: {
    zh: '--name 应为一行文字,即机构的正式名称。',
    en: '--name must be one line: the official name of the body.',
  },
  badHost: {
    zh: '--host 的值“{host}”不是有效的成员 id,例如 mz。',
    en: '--host "{host}" is not a valid member id, e.g. mz.',
  },
  badTimeZone: {
    zh: '“{timezone}”不是有效的时区名称,例如 Asia/Shanghai。',
    en: '"{timezone}" is not a time zone, e.g. Asia/Shanghai.',
  },
  numberTemplate: {
    zh: '--minutes-number 模板必须包含 {n}(序号),例如 X困保纪〔{year}〕{n}号。',
    en: '--minutes-number must contain {n} (the running number), e.g. Minutes [{year}] No. {n}.',
  },
  cannotCreate: {
    zh: '无法建立记录文件夹 {shown}（{message}）。请检查路径以及文件夹是否可写。',
    en: 'Could not create the record folder {shown} ({message}). Check the path and that the folder can be written to.',
  },
  notPositive: {
    zh: '{option} 的值“{value}”应为正整数。',
    en: '{option} "{value}" must be a whole number of 1 or more.',
  },
  badDays: {
    zh: '{option} 的值“{value}”不是天数,应写一个不小于 0 的整数,例如 {option} 7。',
    en: '{option} "{value}" is not a number of days; write a whole number of 0 or more, e.g. {option} 7.',
  },
  badYear: {
    zh: '--year 的值“{value}”不是年份,应写四位数字,例如 --year 2025。',
    en: '--year "{value}" is not a year; write four digits, e.g. --year 2025.',
  },
  beforeEstablished: {
    zh: '领导小组成立于{established},{year}年没有记录{range}。',
    en: 'The body was established on {established}, so {year} has no records{range}.',
  },
  notBegun: {
    zh: '截至 {today},{year}年还没有开始,没有可报告的内容{range}。',
    en: '{year} has not begun on {today}, so there is nothing to report yet{range}.',
  },
  needMeetingMinutes: {
    zh: '请给出会议 id,例如 yishi render {document} 2024-03-15-plenary(生成该会议的纪要);会议 id 是 meetings/<年份>/ 下的文件名。',
    en: 'Give the meeting id, e.g. yishi render {document} 2024-03-15-plenary; meeting ids are the file names under meetings/<year>/.',
  },
  needMeetingAgenda: {
    zh: '请给出会议 id,例如 yishi render {document} 2024-03-15-plenary(生成该会议的议程);会议 id 是 meetings/<年份>/ 下的文件名。',
    en: 'Give the meeting id, e.g. yishi render {document} 2024-03-15-plenary; meeting ids are the file names under meetings/<year>/.',
  },
  noMeetingId: {
    zh: 'yishi render {document} 不接受会议 id(“{meetingId}”)。{how}',
    en: 'yishi render {document} takes no meeting id ("{meetingId}"). {how}',
  },
  yearOnlyReport: {
    zh: '--year 只用于 yishi render report。',
    en: '--year is for yishi render report only.',
  },
  meetingHasErrors: {
    zh: '会议记录“{id}”有错误,无法生成文档;运行 yishi validate 查看详情并修正。',
    en: 'The record of meeting "{id}" has errors, so no document can be made from it; run yishi validate for details.',
  },
  cannotWrite: {
    zh: '无法写入 {file}({reason}),未写入任何内容。请检查路径和权限。',
    en: 'Cannot write {file} ({reason}); nothing was written. Check the path and the permissions.',
  },
  unknownKind: {
    zh: '没有“{kind}”这种记录,可选:{kinds}。',
    en: 'No record kind "{kind}"; use one of: {kinds}.',
  },
  badStatus: {
    zh: '--status 的值“{v}”无效,可选:{statuses}。{close}',
    en: '--status "{v}" is not a status; use one of: {statuses}.{close}',
  },
  resolutionHasErrors: {
    zh: '议定事项“{id}”的文件有错误,已跳过;运行 yishi validate 查看。',
    en: 'The file of resolution "{id}" has errors and was skipped; run yishi validate.',
  },
  onlyShow: {
    zh: 'tasks 后只能跟 show <id>,不认识“{action}”。列出全部事项请直接运行 yishi tasks。',
    en: 'tasks takes only show <id>, not "{action}". Run yishi tasks alone to list every task.',
  },
  nameTask: {
    zh: '请写出要显示的议定事项 id:yishi tasks show <id>。',
    en: 'Name the task to show: yishi tasks show <id>.',
  },
  showFormats: {
    zh: 'tasks show 只支持 --format table 或 json。',
    en: 'tasks show supports --format table or json only.',
  },
});

/** Lines the commands print about what they did. */
export const CLI = defineMessages({
  /** What `yishi log <id>` looks for when no --kind narrows it. */
  anyRecord: { zh: '记录', en: 'record' },
  helpAfterError: { zh: '(加 --help 查看用法)', en: '(add --help for usage)' },
  internalError: {
    zh: '内部错误:{detail}。这是 yishi 的缺陷,请报告(设置 YISHI_DEBUG=1 可查看详情)。',
    en: 'internal error: {detail}. This is a bug in yishi; please report it (set YISHI_DEBUG=1 for details).',
  },
  shallowClone: {
    zh: '这是一个浅克隆,较早的历史不在本地,以下历史不完整。',
    en: 'this is a shallow clone; earlier history is missing and the log below is incomplete.',
  },
  skipped: {
    zh: '{n} 个记录文件有错误,已跳过;运行 yishi validate 查看详情。',
    en: '{n} record {n|file has errors and was|files have errors and were} skipped; run yishi validate for details.',
  },
  initExists: {
    zh: '未写入任何文件:以下文件已存在,yishi init 不会覆盖:',
    en: 'Nothing written: these files exist and yishi init never overwrites a file:',
  },
  initDone: {
    zh: '已新建记录文件夹。下一步:用 yishi new member --id {host} … 建立办公室所在单位等成员,然后 git add . && git commit。',
    en: 'Record folder created. Next: add the members, starting with the office host (yishi new member --id {host} …), then git add . && git commit.',
  },
  initDoneWithGit: {
    zh: '已新建记录文件夹并初始化 git 仓库。下一步:用 yishi new member --id {host} … 建立办公室所在单位等成员,然后 git add . && git commit。',
    en: 'Record folder created with a new git repository. Next: add the members, starting with the office host (yishi new member --id {host} …), then git add . && git commit.',
  },
  initNoCi: { zh: '如已有 CI 配置,可加 --no-ci 跳过。', en: 'If you have CI files already, add --no-ci to skip them.' },
  initNoGit: {
    zh: '找不到 git,未初始化仓库;请安装 git 后在该文件夹运行 git init。',
    en: 'git is not installed, so no repository was created; install git and run git init in the folder.',
  },
});

/**
 * Commander's usage errors: the English is Commander's own (shown as it comes), the Chinese what a clerk
 * reading Chinese gets instead (src/cli/usage-messages.ts matches the English and fills the Chinese).
 */
export const COMMANDER = defineMessages({
  unknownOption: { zh: '错误:未知的选项 {option}。{guess}', en: "error: unknown option '{option}'{guess}" },
  unknownCommand: { zh: '错误:没有 {command} 这个命令。{guess}', en: "error: unknown command '{command}'{guess}" },
  didYouMean: { zh: '你是不是想写 {guess}?', en: '\n(Did you mean {guess}?)' },
  listCommands: { zh: '运行 yishi --help 查看全部命令。', en: '\nRun yishi --help to list the commands.' },
  invalidChoice: {
    zh: '错误:选项 {option} 的值“{value}”无效,可选:{choices}。',
    en: "error: option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
  },
  invalidArgument: {
    zh: '错误:{argument} 的值“{value}”无效,可选:{choices}。',
    en: "error: command-argument value '{value}' is invalid for argument '{argument}'. Allowed choices are {choices}.",
  },
  missingOption: { zh: '错误:缺少必需的选项 {option}。', en: "error: required option '{option}' not specified" },
  missingOptionValue: { zh: '错误:选项 {option} 后面缺少值。', en: "error: option '{option}' argument missing" },
  missingArgument: { zh: '错误:缺少参数 {argument}。', en: "error: missing required argument '{argument}'" },
  tooManyArguments: {
    zh: '错误:参数太多,只需要 {expected} 个,实际给了 {got} 个。',
    en: 'error: too many arguments. Expected {expected} {expected|argument|arguments} but got {got}.',
  },
  tooManyArgumentsFor: {
    zh: '错误:参数太多:{command} 只需要 {expected} 个,实际给了 {got} 个。',
    en: "error: too many arguments for '{command}'. Expected {expected} {expected|argument|arguments} but got {got}.",
  },
});
