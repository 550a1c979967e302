// yishi new member|duty|meeting|resolution: a new record with the next free id and the required fields.
import { Option, type Command } from 'commander';
import type { NewDutyInput } from '../write/new-duty.js';
import type { NewMeetingInput } from '../write/new-meeting.js';
import type { NewMemberInput } from '../write/new-member.js';
import type { NewResolutionInput } from '../write/new-resolution.js';
import { RECORD_KIND_IDS, kindSpec } from '../core/record-kinds.js';
import { UsageError, parseDate } from './context.js';
import { addWriteOptions, dateOr, writeChange, type WriteOptions } from './write-change.js';
import { say } from '../core/messages.js';
import { USAGE } from '../i18n/cli.js';

/** A core input as commander hands it over: the fields in K (dates, numbers, lists) still as typed. */
type AsOptions<T, K extends keyof T> = WriteOptions & Omit<T, K> & { [P in K]?: string };
type MemberOptions = AsOptions<NewMemberInput, 'from' | 'order'>;
type DutyOptions = AsOptions<Omit<NewDutyInput, 'text' | 'holderIsNew'>, 'from' | 'order'>;
type MeetingOptions = AsOptions<NewMeetingInput, 'date' | 'circulated' | 'respondBy'>;
type ResolutionOptions = AsOptions<Omit<NewResolutionInput, 'text'>, 'no' | 'due' | 'responsible' | 'cooperating'>;

function parseWhole(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,4}$/.test(value)) throw new UsageError(say(USAGE, 'notPositive', { option, value }));
  return Number(value);
}

/** `yishi new member`: a seat on the body. */
function registerMember(cmd: Command): void {
  const member = cmd
    .command('member')
    .description('a new member (a seat on the body) / 新建成员')
    .option('--id <id>', 'its id, e.g. mz (default: the next free member-N) / 成员 id')
    .addOption(
      new Option('--role <role>', 'leader 组长 | deputy 副组长 | member 成员').choices(['leader', 'deputy', 'member']).default('member'),
    )
    .requiredOption('--unit <unit>', 'the unit, e.g. 县民政局 / 单位')
    .requiredOption('--position <post>', 'the post whose holder sits on the body, e.g. 局长 / 职务')
    .requiredOption('--holder <name>', 'the official who holds the post now / 现任担任者姓名')
    .option('--from <date>', 'serving from (default: today) / 任职起始日期(默认今天)')
    .addOption(new Option('--level <level>', 'county 县级单位 | township 乡镇、街道').choices(['county', 'township']))
    .option('--order <n>', "place in the notice's list (default: after the last) / 排列顺序")
    .option('--liaison <name>', 'the liaison officer / 联络员姓名')
    .option('--phone <phone>', "the liaison officer's work phone / 联络员办公电话")
    .option('--duty <text>', "the member's duty statement, written as duties/<id>.yaml with it / 该成员的职责(同时写入 duties/<id>.yaml)");
  addWriteOptions(member).action(async (opts: MemberOptions) => {
    const { newMember } = await import('../write/new-member.js');
    const order = parseWhole(opts.order, '--order');
    await writeChange(opts, (records, today) => newMember(records, { ...opts, from: dateOr(opts.from, '--from', today), order }));
  });
}

/** `yishi new duty`: a duty statement. */
function registerDuty(cmd: Command): void {
  const duty = cmd
    .command('duty')
    .description('a new duty statement / 新建职责')
    .argument('<text>', 'the duty, as in the notice / 职责内容')
    .requiredOption('--holder <id>', 'a member id, or group, office, townships / 承担者')
    .option('--id <id>', "its id (default: the holder's id while free) / 职责 id")
    .option('--from <date>', 'in force from (default: today) / 起始日期(默认今天)')
    .option('--source <document>', "the document it comes from (default: the body's founding document) / 出处")
    .option('--order <n>', 'place in the list / 排列顺序')
    .option('--shares-information', 'the holder must provide its assistance information / 负责提供本部门救助信息');
  addWriteOptions(duty).action(async (text: string, opts: DutyOptions) => {
    const { newDuty } = await import('../write/new-duty.js');
    const order = parseWhole(opts.order, '--order');
    await writeChange(opts, (records, today) => newDuty(records, { ...opts, text, from: dateOr(opts.from, '--from', today), order }));
  });
}

/** `yishi new meeting`: a meeting record to fill in. */
function registerMeeting(cmd: Command): void {
  const meeting = cmd
    .command('meeting')
    .description('a new meeting record to fill in / 新建会议记录')
    .addOption(
      new Option('--kind <kind>', 'plenary 全体会议 | thematic 专题会议 | written 书面审议 | liaison 联络员会议')
        .choices(['plenary', 'thematic', 'written', 'liaison'])
        .makeOptionMandatory(),
    )
    .option('--date <date>', 'the date of the meeting (default: today) / 会议日期(默认今天)')
    .option('--id <id>', 'its id (default: <date>-<kind>, -2 for a second one that day) / 会议 id')
    .option('--title <title>', 'default: 2024年第一次全体会议 / 会议名称')
    .option('--time <HH:MM>', 'start time / 开始时间')
    .option('--location <place>', 'where / 地点')
    .option('--convener <id>', 'default: the leader (the office for a liaison meeting) / 召集人')
    .option('--recorder <name>', 'who kept the record / 记录人')
    .option('--proceedings <text>', 'what was reported, discussed and agreed / 会议情况')
    .option('--circulated <date>', 'written review: the date it was sent out (default: --date) / 书面审议送审日期')
    .option('--respond-by <date>', 'written review: the deadline for opinions (default: --date) / 书面审议反馈截止日期');
  addWriteOptions(meeting).action(async (opts: MeetingOptions) => {
    const { newMeeting } = await import('../write/new-meeting.js');
    const circulated = parseDate(opts.circulated, '--circulated');
    const respondBy = parseDate(opts.respondBy, '--respond-by');
    await writeChange(opts, (records, today) =>
      newMeeting(records, { ...opts, date: dateOr(opts.date, '--date', today), circulated, respondBy }, today),
    );
  });
}

/** `yishi new resolution`: a resolution of a meeting, with the next no. */
function registerResolution(cmd: Command): void {
  const resolution = cmd
    .command('resolution')
    .description('a new resolution of a meeting, with the next no / 新建议定事项')
    .argument('<text>', 'what was decided / 决定内容')
    .requiredOption('--meeting <id>', 'the meeting that decided it / 会议 id')
    .option('--lead <id>', 'the lead member (a task needs --lead and --due) / 牵头单位')
    .option('--due <date>', 'the due date / 落实时限')
    .option('--responsible <ids>', 'responsible members, comma-separated / 责任单位,逗号分隔')
    .option('--cooperating <ids>', 'cooperating members, comma-separated / 配合单位,逗号分隔')
    .option('--title <title>', 'a short title / 简短标题')
    .option('--no <n>', 'its number in the minutes (default: the next) / 序号');
  addWriteOptions(resolution).action(async (text: string, opts: ResolutionOptions) => {
    const [{ newResolution }, { idList }] = await Promise.all([import('../write/new-resolution.js'), import('../write/new-record.js')]);
    const no = parseWhole(opts.no, '--no');
    const due = parseDate(opts.due, '--due');
    await writeChange(opts, (records) =>
      newResolution(records, { ...opts, text, no, due, responsible: idList(opts.responsible), cooperating: idList(opts.cooperating) }),
    );
  });
}

export function register(program: Command): void {
  const made = RECORD_KIND_IDS.filter((k) => kindSpec(k).createdBy.startsWith('yishi new '));
  const kinds = `${made.slice(0, -1).join(', ')} or ${made[made.length - 1]}`;
  const cmd = program.command('new').description(`create a record: ${kinds} / 新建记录`);
  registerMember(cmd);
  registerDuty(cmd);
  registerMeeting(cmd);
  registerResolution(cmd);
}
