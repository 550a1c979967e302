// Mistakes a Chinese input method makes in YAML (full-width colon, dash and comma) and tab indentation,
// found line by line so that the clerk is told what to retype instead of the parser's cascade.
import { Scalar, visit } from 'yaml';
import { message, type Message } from '../core/diagnostic.js';
import type { SourceFile } from './source-file.js';

export interface Hint {
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
export function inputMethodHints(text: string, file: SourceFile): Hint[] {
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
    // Regular expressions here name the full-width characters by escapes (\uff1a ：, \uff0d －, \u2014 —, \u2013 –):
    // the bundle stays ASCII (scripts/bundle.js).
    const colon = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\s*\uff1a/.exec(line);
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
    const dash = /^(\s*)[\uff0d\u2014\u2013]\s/.exec(line);
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
