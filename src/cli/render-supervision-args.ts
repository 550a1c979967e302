// The id of `yishi render supervision <id>`: given, known and readable; else a usage error with a did-you-mean.
import { defineMessages, say } from '../core/messages.js';
import type { Records } from '../model/records.js';
import { USAGE } from '../i18n/cli.js';
import { UsageError } from './context.js';

const messages = defineMessages({
  needsId: {
    zh: '请给出督办文书 id,例如 yishi render supervision 2025-07-02-zjj;id 是 supervision/<年份>/ 下的文件名。',
    en: 'Give the supervision record, e.g. yishi render supervision 2025-07-02-zjj; ids are the file names under supervision/<year>/.',
  },
  unreadable: {
    zh: '督办文书“{id}”有错误,无法生成文档;运行 yishi validate 查看详情并修正。',
    en: 'The supervision record "{id}" has errors, so no document can be made from it; run yishi validate for details.',
  },
});

export function checkSupervisionArguments(id: string | undefined, opts: { year?: string }): void {
  if (id === undefined) throw new UsageError(say(messages, 'needsId'));
  if (opts.year !== undefined) throw new UsageError(say(USAGE, 'yearOnlyReport'));
}

export async function checkSupervisionId(records: Records, id: string): Promise<string> {
  if (records.supervisions.has(id)) return id;
  if (records.ids.supervision.has(id)) throw new UsageError(say(messages, 'unreadable', { id }));
  const { unknownRecord } = await import('../core/unknown-id.js');
  throw new UsageError(unknownRecord('supervision', id, records.ids.supervision));
}
