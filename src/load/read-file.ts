// Read one file of the record folder safely: regular files only (a named pipe never blocks), size limit, no
// link out of the folder, UTF-8 with a clear finding otherwise.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { relative, isAbsolute, sep } from 'node:path';
import { message, type Diagnostic, type Message } from '../core/diagnostic.js';
import { defineMessages, say } from '../core/messages.js';
import { bytePosition, decodeText } from './decode-text.js';
import { LIMITS, fileTooLarge } from './limits.js';

/** Records are short; anything larger is refused before parsing. */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export const readMessages = defineMessages({
  notRegular: {
    zh: '这不是普通文件(可能是命名管道、设备或套接字),已拒绝读取。记录必须是普通的 YAML 文件。',
    en: 'This is not a regular file (a named pipe, a device or a socket) and is refused. Records must be plain YAML files.',
  },
});

export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

function fail(path: string, msg: Message, rule = 'file'): ReadResult {
  return { ok: false, diagnostic: { file: path, line: 1, column: 1, severity: 'error', rule, message: msg } };
}

/** Why a link may not be followed, or undefined when it stays inside the folder. */
function linkRefusal(realRoot: string, abs: string): Message | undefined {
  let target: string;
  try {
    target = realpathSync(abs);
  } catch {
    return message('符号链接指向的文件不存在。', 'The symbolic link points to a file that does not exist.');
  }
  if (isInside(realRoot, target)) return undefined;
  return message(
    '该文件是指向记录文件夹之外的符号链接,已拒绝读取。记录必须保存在记录文件夹内。',
    'The file is a symbolic link to a place outside the record folder and is refused. Records must live inside the folder.',
  );
}

/**
 * Open a file for reading without blocking (a named pipe or a device never blocks) and check, once it is open, that it
 * is a regular file (it may have been swapped since anyone looked); `use` reads it by its descriptor and size, and the
 * file is closed after. Undefined when it is not a regular file.
 */
export function withRegularFile<T>(abs: string, use: (fd: number, size: number) => T, flags = 0): T | undefined {
  const fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK | flags);
  try {
    const st = fstatSync(fd);
    return st.isFile() ? use(fd, st.size) : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * At most `max` bytes of a regular file (withRegularFile); undefined when it is not a regular file. `refuse` may turn
 * the file down by its size before anything is read.
 */
export function readRegularBytes(
  abs: string,
  max = Number.POSITIVE_INFINITY,
  refuse?: (size: number) => Message | undefined,
  flags = 0,
): Buffer | Message | undefined {
  return withRegularFile(
    abs,
    (fd, size) => {
      const refused = refuse?.(size);
      if (refused) return refused;
      const bytes = Buffer.alloc(Math.min(size, max));
      let read = 0;
      while (read < bytes.length) {
        const n = readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return bytes.subarray(0, read);
    },
    flags,
  );
}

/** The bytes of a record file: a regular file within the size limit. */
function readRegular(abs: string, flags = 0): Buffer | Message {
  return readRegularBytes(abs, Number.POSITIVE_INFINITY, fileTooLarge, flags) ?? say(readMessages, 'notRegular');
}

/** Where the system can refuse to open a link (not on Windows), a file is opened without a look at it first. */
const NO_FOLLOW: number | undefined = constants.O_NOFOLLOW;

/** The bytes of a record file that is not a link, or 'link' when it is one (then it is read only if it stays inside). */
function readUnlessLink(abs: string): Buffer | Message | 'link' {
  if (NO_FOLLOW === undefined) {
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) return 'link';
    return st.isFile() ? readRegular(abs) : say(readMessages, 'notRegular');
  }
  try {
    return readRegular(abs, NO_FOLLOW);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') return 'link';
    throw e;
  }
}

/** `realRoot` is the record folder after resolving links; `path` is relative with `/`. */
export function readRecordFile(realRoot: string, abs: string, path: string): ReadResult {
  let bytes: Buffer;
  try {
    let read = readUnlessLink(abs);
    if (read === 'link') {
      const refused = linkRefusal(realRoot, abs);
      if (refused) return fail(path, refused);
      read = readRegular(abs);
    }
    if (!Buffer.isBuffer(read)) return fail(path, read);
    bytes = read;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return fail(path, message(`无法读取文件(${code})。`, `Cannot read the file (${code}).`));
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const pos = bytePosition(bytes, decoded.offset);
    return { ok: false, diagnostic: { file: path, ...pos, severity: 'error', rule: 'encoding', message: decoded.message } };
  }
  return { ok: true, text: decoded.text };
}
