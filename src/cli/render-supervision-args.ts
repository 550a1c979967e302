// The id of `yishi render supervision <id>`: given, known and readable; else a usage error with a did-you-mean.
import { defineMessages, say } from '../core/messages.js';
import type { Records } from '../model/records.js';
import { UsageError } from './context.js';

const messages = defineMessages({
  needsId: {
    zh: '请给出督办文书 id,例如 yishi render supervision 2025-07-02-zjj;id 是 supervision/<年份>/ 下的文件名。',
    en: 'Give the supervision record, e.g. yishi render supervision 2025-07-02-zjj; ids are the file names under supervision/<year>/.',
  },
  noYear: { zh: '--year 只用于 yishi render report。', en: '--year is for yishi render report only.' },
  unreadable: {
    zh: '督办文书“{id}”有错误,无法生成文档;运行 yishi validate 查看详情并修正。',
    en: 'The supervision record "{id}" has errors, so no document can be made from it; run yishi validate for details.',
  },
  unknown: { zh: '没有 id 为“{id}”的督办文书。', en: 'There is no supervision record "{id}".' },
  unknownClose: {
    zh: '没有 id 为“{id}”的督办文书。你是不是想写“{close}”?',
    en: 'There is no supervision record "{id}". Did you mean "{close}"?',
  },
});

export function checkSupervisionArguments(id: string | undefined, opts: { year?: string }): void {
  if (id === undefined) throw new UsageError(say(messages, 'needsId'));
  if (opts.year !== undefined) throw new UsageError(say(messages, 'noYear'));
}

export async function checkSupervisionId(records: Records, id: string): Promise<string> {
  if (records.supervisions.has(id)) return id;
  if (records.ids.supervision.has(id)) throw new UsageError(say(messages, 'unreadable', { id }));
  const { didYouMean } = await import('../core/did-you-mean.js');
  const close = didYouMean(id, records.ids.supervision);
  throw new UsageError(close ? say(messages, 'unknownClose', { id, close }) : say(messages, 'unknown', { id }));
}
