// Where a write may land: inside the record folder, never through a link that leaves it, never over a link,
// never over a file that is not a regular file or that its owner may not write (checked by the mode bits too,
// since root may write anything).
import { accessSync, constants, lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../core/diagnostic.js';
import { defineMessages, say } from '../core/messages.js';
import { isInside } from '../load/read-file.js';

export const targetMessages = defineMessages({
  throughLinkOut: {
    zh: '未写入:{path} 会经过指向记录文件夹之外的链接“{link}”写到别处。记录只能写在记录文件夹内;请删除该链接,或把它换成真正的文件夹。',
    en: 'Nothing written: {path} would be written through "{link}", a link to a place outside the record folder. Records are written only inside the folder: remove the link, or replace it with a real folder.',
  },
  isLink: {
    zh: '未写入:{path} 是一个符号链接,yishi 不会用普通文件替换链接。请把链接换成它所指的文件,再运行一次。',
    en: 'Nothing written: {path} is a symbolic link, and yishi does not replace a link with a plain file. Replace the link with the file it points to and run again.',
  },
  notRegular: {
    zh: '未写入:{path} 不是普通文件(可能是文件夹、命名管道或设备)。',
    en: 'Nothing written: {path} is not a regular file (a folder, a named pipe or a device).',
  },
  readOnly: {
    zh: '未写入:{path} 是只读文件。如确需修改,请先取消只读(例如 chmod u+w {path}),再运行一次。',
    en: 'Nothing written: {path} is read-only. If it should change, make it writable first (e.g. chmod u+w {path}) and run again.',
  },
});

/** Why `rel` (relative to the folder, `/` separators) may not be written, or undefined when it may. */
export function targetRefusal(root: string, rel: string): Message | undefined {
  const realRoot = realpathSync(root);
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    const abs = join(root, ...parts.slice(0, i));
    let isLink: boolean;
    try {
      isLink = lstatSync(abs).isSymbolicLink();
    } catch {
      break; // missing: created below a real folder
    }
    if (isLink) {
      let real: string | undefined;
      try {
        real = realpathSync(abs);
      } catch {
        real = undefined;
      }
      if (real === undefined || !isInside(realRoot, real)) return say(targetMessages, 'throughLinkOut', { path: rel, link: prefix });
    }
  }
  const abs = join(root, ...parts);
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return undefined; // a new file
  }
  if (st.isSymbolicLink()) return say(targetMessages, 'isLink', { path: rel });
  if (!st.isFile()) return say(targetMessages, 'notRegular', { path: rel });
  if ((st.mode & 0o200) === 0) return say(targetMessages, 'readOnly', { path: rel });
  try {
    accessSync(abs, constants.W_OK);
  } catch {
    return say(targetMessages, 'readOnly', { path: rel });
  }
  return undefined;
}
