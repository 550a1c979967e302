// How large a record folder's input may grow before yishi refuses it, each limit checked in linear time and
// refused with a sentence saying what the limit is. Records are short: every limit is far above a real one.
import type { CST } from 'yaml';
import type { Message } from '../core/diagnostic.js';
import { defineMessages, say } from '../core/messages.js';

export const LIMITS = {
  /** Bytes of one record file. */
  fileBytes: 2 * 1024 * 1024,
  /** Characters of one line. */
  lineChars: 10_000,
  /** Keys of one mapping. */
  keysPerMapping: 1_000,
  /** Items of one list. */
  itemsPerList: 10_000,
  /** Levels of nesting (mappings and lists inside each other). */
  depth: 64,
  /** Alias (*name) expansions of one file. */
  aliases: 100,
  /**
   * Files read from one record folder: twice the 100,000 files of the largest archive yishi is measured on
   * (`npm run bench`), far below what would exhaust memory (about 5 KB a file).
   */
  files: 200_000,
} as const;

export const limitMessages = defineMessages({
  fileBytes: {
    zh: '文件过大({size} 字节,上限 {limit} 字节),未读取。一条记录不应这么大;会议材料请放在 materials/ 下。',
    en: 'The file is too large ({size} bytes, limit {limit}) and was not read. A record should never be this big; put meeting materials under materials/.',
  },
  lineChars: {
    zh: '这一行有 {n} 个字符,超过上限 {limit} 个,文件已拒绝读取。请把长文字分成多行(可用“|”块文本)。',
    en: 'This line has {n} characters, more than the limit of {limit}; the file is refused. Split long text over several lines (a "|" block).',
  },
  keysPerMapping: {
    zh: '这一层的键超过上限 {limit} 个,文件已拒绝读取。一条记录不需要这么多键,请检查文件是否被误写入了其他内容。',
    en: 'This mapping has more than {limit} keys, the limit; the file is refused. No record needs that many: check that nothing else was written into the file.',
  },
  itemsPerList: {
    zh: '这个列表的项超过上限 {limit} 项,文件已拒绝读取。请检查文件是否被误写入了其他内容。',
    en: 'This list has more than {limit} items, the limit; the file is refused. Check that nothing else was written into the file.',
  },
  depth: {
    zh: '嵌套层数超过上限 {limit} 层,文件已拒绝读取。记录只需几层嵌套,请检查缩进和括号。',
    en: 'The nesting is deeper than {limit} levels, the limit; the file is refused. Records need only a few levels: check the indentation and the brackets.',
  },
  aliases: {
    zh: 'YAML 别名(*)展开次数过多(上限 {limit} 次),文件已拒绝读取。记录文件不需要别名,请直接写出内容。',
    en: 'Too many YAML alias expansions (limit {limit}); the file is refused. Records need no aliases: write the values out.',
  },
  files: {
    zh: '记录文件夹中的 YAML 文件超过上限 {limit} 个,其余文件未读取,检查不完整。请检查是否误把其他文件复制进了记录文件夹。',
    en: 'The record folder holds more than {limit} YAML files, the limit; the rest were not read and the checks are incomplete. Check that nothing else was copied into the folder.',
  },
});

/** A limit that a file goes over, and where (an offset into its text). */
export interface LimitBreach {
  offset: number;
  message: Message;
}

export function fileTooLarge(size: number): Message | undefined {
  return size > LIMITS.fileBytes ? say(limitMessages, 'fileBytes', { size, limit: LIMITS.fileBytes }) : undefined;
}

/** The first line longer than the limit, at its start. */
export function lineTooLong(text: string): LimitBreach | undefined {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > LIMITS.lineChars)
      return { offset: start, message: say(limitMessages, 'lineChars', { n: end - start, limit: LIMITS.lineChars }) };
    start = end + 1;
  }
  return undefined;
}

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

function isCollection(token: CST.Token | null | undefined): token is Collection {
  return !!token && (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection');
}

/** Mapping (or list) of a collection token: a flow collection is a mapping when it starts with `{`. */
function isMapping(token: Collection): boolean {
  return token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
}

/**
 * Keys per mapping, items per list and depth, from the parser's token tree before it is composed into a
 * document (composing is quadratic in keys and recursive in depth). An explicit stack: never recursive.
 */
export function shapeTooLarge(tokens: readonly CST.Token[]): LimitBreach | undefined {
  const stack: Array<[CST.Token | null | undefined, number]> = tokens.map((t) => [t.type === 'document' ? t.value : t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!isCollection(token)) continue;
    const offset = token.offset;
    if (depth + 1 > LIMITS.depth) return { offset, message: say(limitMessages, 'depth', { limit: LIMITS.depth }) };
    if (token.items.length > (isMapping(token) ? LIMITS.keysPerMapping : LIMITS.itemsPerList)) {
      return isMapping(token)
        ? { offset, message: say(limitMessages, 'keysPerMapping', { limit: LIMITS.keysPerMapping }) }
        : { offset, message: say(limitMessages, 'itemsPerList', { limit: LIMITS.itemsPerList }) };
    }
    for (const item of token.items) {
      if ('key' in item) stack.push([item.key, depth + 1]);
      stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}
