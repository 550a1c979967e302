// materials [六(二)]: every archived material is a file inside the record folder (no `..`, no absolute path, no
// symbolic link out of it) and matches its sha256 when one is given. Only the files named are touched, each
// read once, in chunks.
import { createHash } from 'node:crypto';
import { readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { message } from '../core/diagnostic.js';
import { isInside, withRegularFile } from '../load/read-file.js';
import { defineRule } from './rule.js';

const CHUNK = 1024 * 1024;

function sha256Of(path: string): string {
  // A file swapped for a pipe after locate() looked at it cannot hang the rule (withRegularFile).
  const digest = withRegularFile(path, (fd) => {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
    return hash.digest('hex');
  });
  if (digest === undefined) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
  return digest;
}

type Located = { ok: true; real: string } | { ok: false; problem: 'outside' | 'missing' | 'symlink' | 'notFile' };

function locate(realRoot: string, root: string, file: string): Located {
  const parts = file.split(/[\\/]/);
  if (isAbsolute(file) || /^[A-Za-z]:/.test(file) || file.startsWith('\\') || parts.includes('..'))
    return { ok: false, problem: 'outside' };
  const abs = join(root, ...parts);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return { ok: false, problem: 'missing' };
  }
  if (!isInside(realRoot, real)) return { ok: false, problem: 'symlink' };
  let isFile: boolean;
  try {
    isFile = statSync(real).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) return { ok: false, problem: 'notFile' };
  return { ok: true, real };
}

export const rule = defineRule({
  meta: {
    id: 'materials',
    clause: '六(二)',
    severity: 'error',
    docs: message(
      '归档的会议材料文件都在记录文件夹内(不含 ..、不用绝对路径、不链接到文件夹外),并且在写了 sha256 时与文件内容一致。',
      'Each archived material file exists inside the record folder (no `..`, no absolute path, no link out of it) and matches its `sha256` when one is given.',
    ),
    messages: {
      outside: {
        zh: '材料路径“{file}”指向记录文件夹之外。材料必须归档在记录文件夹内:请把文件放到 materials/ 下,写相对路径(不以 / 开头,不含 ..)。',
        en: 'The path "{file}" points outside the record folder. Materials must be archived inside it: put the file under materials/ and write a relative path (no leading /, no ..).',
      },
      missing: {
        zh: '找不到材料文件“{file}”。请把材料归档到这个位置(注意大小写),或改正路径。',
        en: 'The material file "{file}" does not exist. Archive the file there (mind upper and lower case) or correct the path.',
      },
      symlink: {
        zh: '材料“{file}”是指向记录文件夹之外的符号链接,已拒绝读取。请把文件本身复制到记录文件夹内归档。',
        en: '"{file}" is a symbolic link to a place outside the record folder and is refused. Copy the file itself into the record folder.',
      },
      notFile: {
        zh: '“{file}”不是文件(可能是文件夹)。请写出具体的材料文件路径。',
        en: '"{file}" is not a file (perhaps a folder). Write the path of the material file itself.',
      },
      unreadable: {
        zh: '无法读取材料文件“{file}”({code})。',
        en: 'Cannot read the material file "{file}" ({code}).',
      },
      changed: {
        zh: '材料文件“{file}”与登记的 SHA-256 校验值不一致,文件在归档后被改动或替换过(现在的校验值是 {actual})。请找回归档时的原件;确属有意更正的,请更新 sha256 并在提交说明中写明原因。',
        en: 'The material file "{file}" does not match its recorded SHA-256: it was changed or replaced after archiving (its SHA-256 is now {actual}). Restore the archived original; if the change was intended, update sha256 and say why in the commit message.',
      },
    },
  },
  check(context) {
    const { records } = context;
    let realRoot: string;
    try {
      realRoot = realpathSync(records.root);
    } catch {
      return;
    }
    const hashes = new Map<string, string>();
    for (const meeting of records.meetings.values()) {
      (meeting.data.materials ?? []).forEach((material, i) => {
        const at = ['materials', i];
        const found = locate(realRoot, records.root, material.file);
        if (!found.ok) {
          context.report(meeting, [...at, 'file'], found.problem, { file: material.file });
          return;
        }
        if (material.sha256 === undefined) return;
        let actual = hashes.get(found.real);
        if (actual === undefined) {
          try {
            actual = sha256Of(found.real);
          } catch (e) {
            const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
            context.report(meeting, [...at, 'file'], 'unreadable', { file: material.file, code });
            return;
          }
          hashes.set(found.real, actual);
        }
        if (actual !== material.sha256.toLowerCase()) {
          context.report(meeting, [...at, 'sha256'], 'changed', { file: material.file, actual });
        }
      });
    }
  },
});
