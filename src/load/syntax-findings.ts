// A file's YAML mistakes as findings a clerk can act on: the input-method hints, then the parser's first
// mistake at its real place with a plain reason; what the parser says after it (usually the same mistake
// seen again) is folded into "and N more problems after this one in this file".
import type { LineCounter } from 'yaml';
import { message, type Diagnostic, type Message } from '../core/diagnostic.js';
import { defineMessages, say } from '../core/messages.js';
import type { Hint } from './input-method-hints.js';

const YAML_CODES_ZH: Record<string, string> = {
  DUPLICATE_KEY: '同一层级出现了重复的键',
  TAB_AS_INDENT: '缩进使用了 Tab 键',
  MISSING_CHAR: '缺少必要的字符(冒号、引号或括号)',
  BAD_INDENT: '缩进不正确',
  MULTILINE_IMPLICIT_KEY: '键不能跨行',
  BLOCK_AS_IMPLICIT_KEY: '键的写法不正确',
  UNEXPECTED_TOKEN: '出现了意外的内容',
  BAD_SCALAR_START: '值的开头字符不正确',
  MULTIPLE_DOCS: '一个文件只能有一个 YAML 文档',
  KEY_OVER_1024_CHARS: '键太长',
  BAD_ALIAS: '别名(*)引用不正确',
  BAD_DIRECTIVE: 'YAML 指令不正确',
};

export const syntaxMessages = defineMessages({
  moreAfter: {
    zh: '(此后本文件还有 {n} 处问题,多半由这一处引起;改正后再运行一次。)',
    en: ' (and {n} more {n|problem|problems} after this one in this file, most likely caused by it; fix this one and run again.)',
  },
  notReadable: {
    zh: '无法读取 YAML 内容:{reason}',
    en: 'Cannot read the YAML content: {reason}',
  },
  stack: {
    zh: 'YAML 语法错误:嵌套过深,无法读取。请检查缩进和括号。',
    en: 'YAML syntax error: the nesting is too deep to read. Check the indentation and the brackets.',
  },
});

/** A parser mistake: where (offset), what (code), and the parser's words or a message of our own. */
export interface SyntaxError {
  offset: number;
  code: string;
  message: string | Message;
}

function messageOf(err: SyntaxError): Message {
  if (typeof err.message !== 'string') return err.message;
  // The parser's words for a second document advise programmers (parseAllDocuments): say it for a clerk.
  if (err.code === 'MULTIPLE_DOCS')
    return message(
      'YAML 语法错误:一个文件只能有一个 YAML 文档,第二个文档从这里开始(由“---”或“...”分隔)。每个记录一个文件:请删去分隔符,或把后面的内容移到单独的文件中。',
      'YAML syntax error: a file holds one YAML document, and a second one starts here (after a "---" or "..." separator). One record per file: remove the separator, or move what follows into a file of its own.',
    );
  const firstLine = err.message.split('\n')[0]!;
  if (/call stack/i.test(firstLine)) return say(syntaxMessages, 'stack');
  const zh = YAML_CODES_ZH[err.code] ?? 'YAML 语法错误';
  return message(`YAML 语法错误:${zh}(${firstLine})。`, `YAML syntax error: ${firstLine}.`);
}

export function syntaxFindings(path: string, hints: readonly Hint[], errors: readonly SyntaxError[], lines: LineCounter): Diagnostic[] {
  const finding = (line: number, column: number, msg: Message): Diagnostic => ({
    file: path,
    line,
    column,
    severity: 'error',
    rule: 'syntax',
    message: msg,
  });
  const found = hints.map((h) => finding(h.line, h.column, h.message));
  const hintLines = new Set(hints.map((h) => h.line));
  const reported = new Set<string>();
  const rest: Diagnostic[] = [];
  for (const err of [...errors].sort((a, b) => a.offset - b.offset)) {
    const { line, col } = lines.linePos(err.offset);
    if (hintLines.has(line)) continue;
    const msg = messageOf(err);
    // The parser may report one mistake several times at the same place: say it once.
    const key = `${line}:${col}:${msg.en}`;
    if (reported.has(key)) continue;
    reported.add(key);
    rest.push(finding(line, col, msg));
  }
  if (found.length === 0 && rest.length > 0) found.push(rest.shift()!);
  const more = rest.length;
  if (more > 0) {
    const last = found[found.length - 1]!;
    const fold = say(syntaxMessages, 'moreAfter', { n: more });
    last.message = { zh: last.message.zh + fold.zh, en: last.message.en + fold.en };
  }
  return found;
}
