// Parse one file's text as YAML 1.2 with positions, and explain the mistakes a clerk typically makes.
import { visit, Scalar } from 'yaml';
import { message, type Diagnostic, type Message } from '../core/diagnostic.js';
import { parseFast } from './fast-parse.js';
import { lazySourceFile, type SourceFile } from './source-file.js';
import { parseYamlDocument } from './yaml-document.js';

/** Aliases expanded beyond this count are refused (a "billion laughs" file). */
export const MAX_ALIAS_COUNT = 100;

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

export interface ParsedYaml {
  file: SourceFile;
  /** The data, when the file parsed without errors. */
  data?: unknown;
  diagnostics: Diagnostic[];
}

interface Hint {
  line: number;
  column: number;
  message: Message;
}

/** Ranges [start, end) of block scalars (`text: |`), where any character is legitimate text. */
function blockScalarLines(text: string, file: SourceFile): Set<number> {
  const lines = new Set<number>();
  if (!file.doc || !file.lineCounter) return lines;
  const lc = file.lineCounter;
  visit(file.doc, {
    Scalar(_key, node) {
      if ((node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) && node.range) {
        const first = lc.linePos(node.range[0]).line;
        const last = lc.linePos(Math.max(node.range[0], Math.min(node.range[1], text.length) - 1)).line;
        for (let l = first + 1; l <= last; l++) lines.add(l);
      }
    },
  });
  return lines;
}

/** Full-width punctuation typed by a Chinese input method where YAML needs ASCII, and tab indentation. */
function inputMethodHints(text: string, file: SourceFile): Hint[] {
  const hints: Hint[] = [];
  const inBlock = blockScalarLines(text, file);
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (inBlock.has(lineNo)) return;
    const line = raw.replace(/\r$/, '');
    const tab = /^[ ]*\t/.exec(line);
    if (tab) {
      hints.push({
        line: lineNo,
        column: tab[0].length,
        message: message(
          '缩进使用了 Tab 键。YAML 只能用空格缩进:请把 Tab 换成空格(每级两个空格)。',
          'Tab used for indentation. YAML indents with spaces only: replace the tab with spaces (two per level).',
        ),
      });
      return;
    }
    const colon = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\s*：/.exec(line);
    if (colon) {
      hints.push({
        line: lineNo,
        column: line.indexOf('：') + 1,
        message: message(
          `“${colon[2]}”后面是中文全角冒号“：”。YAML 的键后面要用英文半角冒号“:”,再加一个空格。请切换到英文输入法重新输入。`,
          `The key "${colon[2]}" is followed by a full-width colon "：". YAML needs an ASCII colon ":" and a space after the key; switch the input method to English and retype it.`,
        ),
      });
      return;
    }
    const dash = /^(\s*)[－—–]\s/.exec(line);
    if (dash) {
      hints.push({
        line: lineNo,
        column: dash[1]!.length + 1,
        message: message(
          '列表项用了中文全角的“－”或破折号。YAML 的列表项以英文半角“-”加空格开头。',
          'The list item starts with a full-width dash "－" or a long dash. YAML list items start with an ASCII "-" and a space.',
        ),
      });
      return;
    }
    const flow = /^\s*(?:-\s+)?[A-Za-z_][A-Za-z0-9_-]*:\s*\[([^\]#]*)/.exec(line);
    if (flow && flow[1]!.includes('，')) {
      hints.push({
        line: lineNo,
        column: line.indexOf('，') + 1,
        message: message(
          '方括号列表里用了中文全角逗号“，”。列表项之间要用英文半角逗号“,”分隔,例如 [cz, mz]。',
          'The list in brackets uses a full-width comma "，". Separate items with an ASCII comma ",", e.g. [cz, mz].',
        ),
      });
    }
  });
  return hints;
}

export function parseYaml(path: string, text: string): ParsedYaml {
  // Most files are plainly well-formed: their values now, their positions only if a finding needs one.
  const fast = parseFast(text);
  if (fast.ok) return { file: lazySourceFile(path, text), data: fast.data, diagnostics: [] };
  const { doc, lineCounter } = parseYamlDocument(text);
  const file: SourceFile = { path, text, doc, lineCounter };
  const diagnostics: Diagnostic[] = [];
  const hints = inputMethodHints(text, file);
  const hintLines = new Set(hints.map((h) => h.line));
  for (const h of hints) {
    diagnostics.push({ file: path, line: h.line, column: h.column, severity: 'error', rule: 'syntax', message: h.message });
  }
  const errors = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'MULTIPLE_DOCS')];
  const reported = new Set<string>();
  for (const err of errors) {
    const { line, col } = lineCounter.linePos(err.pos[0]);
    if (hintLines.has(line)) continue;
    // The parser may report one mistake several times at the same place: say it once.
    const key = `${line}:${col}:${err.code}:${err.message}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const firstLine = err.message.split('\n')[0]!;
    const zh = YAML_CODES_ZH[err.code] ?? 'YAML 语法错误';
    diagnostics.push({
      file: path,
      line,
      column: col,
      severity: 'error',
      rule: 'syntax',
      // The parser's own words for a second document advise programmers (parseAllDocuments): say it for a clerk.
      message:
        err.code === 'MULTIPLE_DOCS'
          ? message(
              'YAML 语法错误:一个文件只能有一个 YAML 文档,第二个文档从这里开始(由“---”或“...”分隔)。每个记录一个文件:请删去分隔符,或把后面的内容移到单独的文件中。',
              'YAML syntax error: a file holds one YAML document, and a second one starts here (after a "---" or "..." separator). One record per file: remove the separator, or move what follows into a file of its own.',
            )
          : message(`YAML 语法错误:${zh}(${firstLine})。`, `YAML syntax error: ${firstLine}.`),
    });
  }
  if (diagnostics.length > 0) return { file, diagnostics };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { file, data, diagnostics };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    diagnostics.push({
      file: path,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'syntax',
      message: /alias/i.test(msg)
        ? message(
            `YAML 别名(*)展开次数过多(上限 ${MAX_ALIAS_COUNT} 次),文件已拒绝读取。记录文件不需要别名,请直接写出内容。`,
            `Too many YAML alias expansions (limit ${MAX_ALIAS_COUNT}); the file is refused. Records need no aliases: write the values out.`,
          )
        : message(`无法读取 YAML 内容:${msg}`, `Cannot read the YAML content: ${msg}`),
    });
    return { file, diagnostics };
  }
}

