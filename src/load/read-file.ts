// Read one file of the record folder safely: size limit, no link out of the folder, UTF-8 with a clear finding otherwise.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { relative, isAbsolute, sep } from 'node:path';
import { message, type Diagnostic } from '../core/diagnostic.js';
import { bytePosition, decodeText } from './decode-text.js';

/** Records are short; anything larger is refused before parsing. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

function fail(path: string, rule: string, zh: string, en: string, line = 1, column = 1): ReadResult {
  return { ok: false, diagnostic: { file: path, line, column, severity: 'error', rule, message: message(zh, en) } };
}

/** `realRoot` is the record folder after resolving links; `path` is relative with `/`. */
export function readRecordFile(realRoot: string, abs: string, path: string): ReadResult {
  let bytes: Buffer;
  try {
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(abs);
      } catch {
        return fail(path, 'file', '符号链接指向的文件不存在。', 'The symbolic link points to a file that does not exist.');
      }
      if (!isInside(realRoot, target)) {
        return fail(
          path,
          'file',
          '该文件是指向记录文件夹之外的符号链接,已拒绝读取。记录必须保存在记录文件夹内。',
          'The file is a symbolic link to a place outside the record folder and is refused. Records must live inside the folder.',
        );
      }
    }
    const size = st.isSymbolicLink() ? lstatSync(realpathSync(abs)).size : st.size;
    if (size > MAX_FILE_BYTES) {
      return fail(
        path,
        'file',
        `文件过大(${size} 字节,上限 ${MAX_FILE_BYTES} 字节),未读取。一条记录不应这么大;会议材料请放在 materials/ 下。`,
        `The file is too large (${size} bytes, limit ${MAX_FILE_BYTES}) and was not read. A record should never be this big; put meeting materials under materials/.`,
      );
    }
    bytes = readFileSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return fail(path, 'file', `无法读取文件(${code})。`, `Cannot read the file (${code}).`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const pos = bytePosition(bytes, decoded.offset);
    return { ok: false, diagnostic: { file: path, ...pos, severity: 'error', rule: 'encoding', message: decoded.message } };
  }
  return { ok: true, text: decoded.text };
}
