// What the reading commands (overdue, tasks) share: load the folder, keep the records that pass their schema,
// say on stderr how many files were left out, and check the ids given on the command line.
import type { Lang } from '../core/diagnostic.js';
import { defineMessages, say, text } from '../core/messages.js';
import type { Records } from '../model/records.js';
import { UsageError, now, resolveRoot, type CommonOptions } from './context.js';
import { CLI, USAGE } from '../i18n/cli.js';

export interface ReadRecords {
  records: Records;
  today: string;
  lang: Lang;
  /** Some record files or folders could not be read or were left out: a list made from them may be incomplete. */
  incomplete: boolean;
}

const readMessages = defineMessages({
  foldersNotRead: {
    zh: '{n} 个文件夹无法读取或是指向别处的链接({folders}),列表可能不完整;运行 yishi validate 查看详情。',
    en: '{n} {n|folder|folders} could not be read or {n|is a link|are links} elsewhere ({folders}); the list may be incomplete. Run yishi validate for details.',
  },
});

export async function readRecords(opts: CommonOptions, asOf: string | undefined): Promise<ReadRecords> {
  const root = resolveRoot(opts);
  const [{ loadFolder }, { typeRecords, todayFor }, { skippedFiles }, { chooseLang }] = await Promise.all([
    import('../load/load-folder.js'),
    import('../check/check-folder.js'),
    import('../check/skipped-files.js'),
    import('../core/lang.js'),
  ]);
  // Lists are made from the records' data: no text is kept in memory (a finding's position reads its file again).
  const loaded = loadFolder(root, { keepText: () => false });
  const { records } = typeRecords(loaded);
  const lang = chooseLang(opts.lang, records.body?.data.locale);
  const today = todayFor(records, asOf, now());
  const skipped = skippedFiles(loaded, records).length;
  if (skipped > 0) process.stderr.write(`yishi: ${text(lang, CLI, 'skipped', { n: skipped })}\n`);
  const folders = loaded.unreadable.map((f) => f || '.');
  if (folders.length > 0)
    process.stderr.write(`yishi: ${text(lang, readMessages, 'foldersNotRead', { n: folders.length, folders: folders.join(', ') })}\n`);
  return { records, today, lang, incomplete: skipped > 0 || folders.length > 0 };
}

/** A member id given with --unit (or `office`); an unknown one is a usage error with a did-you-mean. */
export async function checkUnit(records: Records, unit: string | undefined, option = '--unit'): Promise<string | undefined> {
  if (unit === undefined) return undefined;
  const known = new Set([...records.ids.member, ...records.members.keys(), 'office']);
  if (known.has(unit)) return unit;
  const { unknownRecord } = await import('../core/unknown-id.js');
  const unknown = unknownRecord('member', unit, known, option);
  throw new UsageError(unknown);
}

/** A meeting id given with --meeting; an unknown one is a usage error with a did-you-mean. */
export async function checkMeeting(records: Records, meeting: string | undefined): Promise<string | undefined> {
  if (meeting === undefined) return undefined;
  const known = new Set([...records.ids.meeting, ...records.meetings.keys()]);
  if (known.has(meeting)) return meeting;
  const { unknownRecord } = await import('../core/unknown-id.js');
  const unknown = unknownRecord('meeting', meeting, known, '--meeting');
  throw new UsageError(unknown);
}

/** A whole number of days (0 or more) given with `option`. */
export function parseDays(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value.trim())) throw new UsageError(say(USAGE, 'badDays', { option, value }));
  return Number(value.trim());
}
