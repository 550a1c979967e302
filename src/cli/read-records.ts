// What the reading commands (overdue, tasks) share: load the folder, keep the records that pass their schema,
// say on stderr how many files were left out, and check the ids given on the command line.
import type { Lang } from '../core/diagnostic.js';
import type { Records } from '../model/records.js';
import { UsageError, now, resolveRoot, type CommonOptions } from './context.js';

export interface ReadRecords {
  records: Records;
  today: string;
  lang: Lang;
}

export async function readRecords(opts: CommonOptions, asOf: string | undefined): Promise<ReadRecords> {
  const root = resolveRoot(opts);
  const [{ loadFolder }, { typeRecords, todayFor }, { skippedFiles }, { chooseLang }] = await Promise.all([
    import('../load/load-folder.js'),
    import('../check/check-folder.js'),
    import('../check/skipped-files.js'),
    import('../core/lang.js'),
  ]);
  const loaded = loadFolder(root);
  const { records } = typeRecords(loaded);
  const lang = chooseLang(opts.lang, records.body?.data.locale);
  const today = todayFor(records, asOf, now());
  const skipped = skippedFiles(loaded, records).length;
  if (skipped > 0)
    process.stderr.write(
      lang === 'zh'
        ? `yishi: ${skipped} 个记录文件有错误,已跳过;运行 yishi validate 查看详情。\n`
        : `yishi: ${skipped} record file${skipped === 1 ? ' has errors and was' : 's have errors and were'} skipped; run yishi validate for details.\n`,
    );
  return { records, today, lang };
}

/** A member id given with --unit (or `office`); an unknown one is a usage error with a did-you-mean. */
export async function checkUnit(records: Records, unit: string | undefined, option = '--unit'): Promise<string | undefined> {
  if (unit === undefined) return undefined;
  const known = new Set([...records.ids.member, ...records.members.keys(), 'office']);
  if (known.has(unit)) return unit;
  const { unknownRecord } = await import('../core/unknown-id.js');
  const text = unknownRecord('member', unit, known, option);
  throw new UsageError(text.zh, text.en);
}

/** A meeting id given with --meeting; an unknown one is a usage error with a did-you-mean. */
export async function checkMeeting(records: Records, meeting: string | undefined): Promise<string | undefined> {
  if (meeting === undefined) return undefined;
  const known = new Set([...records.ids.meeting, ...records.meetings.keys()]);
  if (known.has(meeting)) return meeting;
  const { unknownRecord } = await import('../core/unknown-id.js');
  const text = unknownRecord('meeting', meeting, known, '--meeting');
  throw new UsageError(text.zh, text.en);
}

/** A whole number of days (0 or more) given with `option`. */
export function parseDays(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value.trim()))
    throw new UsageError(
      `${option} 的值“${value}”不是天数,应写一个不小于 0 的整数,例如 ${option} 7。`,
      `${option} "${value}" is not a number of days; write a whole number of 0 or more, e.g. ${option} 7.`,
    );
  return Number(value.trim());
}
