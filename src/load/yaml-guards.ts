// Checks of a parsed YAML document that the parser leaves to its user, each linear in the document's size:
// keys said twice in one mapping (a Set, not the parser's quadratic check), an alias inside the value it
// names (`&a [*a]`, a value that contains itself), and values that are not plain data (a `!!merge` tag).
import { isAlias, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import type { Message } from '../core/diagnostic.js';
import { defineMessages, say } from '../core/messages.js';

export const guardMessages = defineMessages({
  selfAlias: {
    zh: '别名“*{name}”引用了包含它自己的值,这样的值没有尽头,文件已拒绝读取。记录文件不需要别名,请直接写出内容。',
    en: 'The alias "*{name}" refers to the value it is part of, which would never end; the file is refused. Records need no aliases: write the values out.',
  },
  notPlainValue: {
    zh: '这个值带有特殊的 YAML 标记(如 !!merge),不是普通的文字、数字或列表,文件已拒绝读取。请删去以“!!”开头的标记。',
    en: 'This value carries a special YAML tag (such as !!merge) and is not plain text, a number or a list; the file is refused. Remove the tag that starts with "!!".',
  },
});

/** A mistake the parser did not report, in the shape of its own errors: an offset and a code. */
export interface GuardError {
  offset: number;
  code: string;
  /** The parser's words for the same mistake (duplicate keys), or the guard's own message. */
  message: string | Message;
}

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return `${typeof key.value}:${String(key.value)}`;
  return undefined;
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export function guardDocument(doc: Document.Parsed): GuardError[] {
  const errors: GuardError[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const k = keyOf(pair.key);
        if (k === undefined) continue;
        if (seen.has(k) && isNode(pair.key) && pair.key.range)
          errors.push({ offset: pair.key.range[0], code: 'DUPLICATE_KEY', message: 'Map keys must be unique' });
        seen.add(k);
      }
    },
    Alias(_key, alias, path) {
      if (!isAlias(alias)) return;
      if (path.some((p) => isNode(p) && !isAlias(p) && p.anchor === alias.source) && alias.range)
        errors.push({ offset: alias.range[0], code: 'SELF_ALIAS', message: say(guardMessages, 'selfAlias', { name: alias.source }) });
    },
    Scalar(_key, scalar) {
      if (!isPlain(scalar.value) && scalar.range)
        errors.push({ offset: scalar.range[0], code: 'NOT_PLAIN', message: say(guardMessages, 'notPlainValue') });
    },
  });
  return errors.sort((a, b) => a.offset - b.offset);
}
