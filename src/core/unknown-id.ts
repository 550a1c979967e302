// "No member "mzz". Did you mean "mz"?": the one message for a name that names nothing — a record id in a
// record or on the command line, a rule in yishi.yaml — with the closest known name when there is one.
import type { Message } from './diagnostic.js';
import { didYouMean, fullWidthHint } from './did-you-mean.js';
import { defineMessages, say } from './messages.js';
import { folderOf, hasYearFolders, kindSpec, type FolderKind } from './record-kinds.js';

const messages = defineMessages({
  noSuch: { zh: '找不到{kind}“{id}”{also}。', en: 'No {kind} "{id}"{also}.' },
  noSuchInOption: { zh: '{option}:找不到{kind}“{id}”{also}。', en: '{option}: no {kind} "{id}"{also}.' },
  also: { zh: '(或 {words})', en: ' (or {words})' },
  separator: { zh: '、', en: ', ' },
  didYouMean: { zh: '你是不是想写“{close}”?', en: 'Did you mean "{close}"?' },
  idsAreFileNames: {
    zh: '{Kind} id 是 {folder}/ 下的文件名,例如 {example}。',
    en: '{Kind} ids are the file names under {folder}/, e.g. {example}.',
  },
});

export interface UnknownName {
  /** The name as written. */
  id: string;
  /** What it should name: a kind's label (成员 / member), or 记录 / record, 规则 / rule. */
  kind: Message;
  /** The names that exist. */
  known: Iterable<string>;
  /** Words that are valid here besides the names (`office`): said, and offered as guesses. */
  also?: readonly string[];
  /** The command-line option that gave it (`--lead`). */
  option?: string;
  /** Said when no known name is close: where the names are found. */
  otherwise?: Message;
  /** Also point at a full-width character typed by a Chinese input method (a value typed on the command line). */
  fullWidth?: boolean;
}

/** The message for a name that names nothing, in both languages. */
export function unknownName(u: UnknownName): Message {
  const part = (lang: 'zh' | 'en'): string => {
    const also = u.also?.length ? say(messages, 'also', { words: u.also.join(say(messages, 'separator')[lang]) })[lang] : '';
    const params = { kind: u.kind[lang], id: u.id, also };
    return (u.option === undefined ? say(messages, 'noSuch', params) : say(messages, 'noSuchInOption', { ...params, option: u.option }))[
      lang
    ];
  };
  const close = didYouMean(u.id, [...u.known, ...(u.also ?? [])]);
  const hint = close !== undefined ? say(messages, 'didYouMean', { close }) : u.otherwise;
  const full = u.fullWidth ? fullWidthHint(u.id) : undefined;
  return {
    zh: `${part('zh')}${hint?.zh ?? ''}${full?.zh ?? ''}`,
    en: [part('en'), hint?.en, full?.en].filter((s) => s !== undefined && s !== '').join(' '),
  };
}

/** No record of a kind with this id (a record id given on the command line): where its ids are found. */
export function unknownRecord(kind: FolderKind, id: string, known: Iterable<string>, option?: string): Message {
  const { label, example } = kindSpec(kind);
  const folder = (year: string): string => `${folderOf(kind)}${hasYearFolders(kind) ? `/<${year}>` : ''}`;
  const otherwise = {
    zh: say(messages, 'idsAreFileNames', { Kind: label.zh, folder: folder('年份'), example }).zh,
    en: say(messages, 'idsAreFileNames', { Kind: label.en.charAt(0).toUpperCase() + label.en.slice(1), folder: folder('year'), example })
      .en,
  };
  return unknownName({ id, kind: label, known, option, otherwise, fullWidth: true });
}
