// Turn a file's bytes into text: UTF-8 (a BOM is accepted), or a clear finding when it is not.
import { message, type Message } from '../core/diagnostic.js';

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; message: Message };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Byte offset of the first invalid UTF-8 sequence, for the line of the finding. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return 0;
}

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    if (looksLikeGbk(bytes)) {
      return {
        ok: false,
        offset,
        message: message(
          '文件不是 UTF-8 编码,看起来是 GBK(GB2312/GB18030)。请用编辑器另存为 UTF-8:记事本选“另存为”→编码“UTF-8”;VS Code 点右下角编码→“通过编码保存”→“UTF-8”。',
          'The file is not UTF-8; it looks like GBK (GB2312/GB18030). Re-save it as UTF-8: in Notepad "Save as" → Encoding "UTF-8"; in VS Code click the encoding in the status bar → "Save with Encoding" → "UTF-8".',
        ),
      };
    }
    return {
      ok: false,
      offset,
      message: message(
        '文件不是有效的 UTF-8 文本(可能是二进制文件或其他编码)。记录文件必须是 UTF-8 编码的 YAML。',
        'The file is not valid UTF-8 text (binary, or another encoding). Record files must be UTF-8 YAML.',
      ),
    };
  }
}

/** Line and column (1-based) of a byte offset, counting the valid text before it. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}
