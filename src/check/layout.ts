// Layout: ids unique within their kind, and meetings and resolutions in the folder of their meeting's year.
import { message, type Diagnostic } from '../core/diagnostic.js';
import { positionOf } from '../load/source-file.js';
import type { RawRecord } from '../load/load-folder.js';
import type { Records } from '../model/records.js';
import { supervisionYearFolder } from './supervision-layout.js';

export function checkDuplicateIds(raw: readonly RawRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, RawRecord>();
  for (const r of raw) {
    if (r.kind === 'body') continue;
    const key = `${r.kind}:${r.id}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    out.push({
      file: r.file.path,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'layout',
      message: message(
        `id“${r.id}”重复:${earlier.file.path} 已使用该 id。同类记录的 id 必须唯一。`,
        `Duplicate id "${r.id}": ${earlier.file.path} has it already. Ids are unique within their kind.`,
      ),
    });
  }
  return out;
}

export function checkYearFolders(raw: readonly RawRecord[], records: Records): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of raw) {
    if (r.yearFolder === undefined) continue;
    if (r.kind === 'supervision') {
      out.push(...supervisionYearFolder(r, records));
      continue;
    }
    if (r.kind === 'meeting') {
      const m = records.meetings.get(r.id);
      if (!m || m.file !== r.file) continue;
      const year = m.data.date.slice(0, 4);
      if (year !== r.yearFolder)
        out.push({
          file: r.file.path,
          ...positionOf(r.file, ['date']),
          severity: 'error',
          rule: 'layout',
          message: message(
            `会议日期在 ${year} 年,文件却在 meetings/${r.yearFolder}/ 中。请移到 meetings/${year}/。`,
            `The meeting is dated ${year} but the file is in meetings/${r.yearFolder}/. Move it to meetings/${year}/.`,
          ),
        });
    } else if (r.kind === 'resolution') {
      const res = records.resolutions.get(r.id);
      if (!res || res.file !== r.file) continue;
      const meeting = records.meetings.get(res.data.meeting);
      if (!meeting) continue;
      const year = meeting.data.date.slice(0, 4);
      if (year !== r.yearFolder)
        out.push({
          file: r.file.path,
          ...positionOf(r.file, ['meeting']),
          severity: 'error',
          rule: 'layout',
          message: message(
            `所属会议在 ${year} 年召开,文件却在 resolutions/${r.yearFolder}/ 中。请移到 resolutions/${year}/。`,
            `Its meeting was held in ${year} but the file is in resolutions/${r.yearFolder}/. Move it to resolutions/${year}/.`,
          ),
        });
    }
  }
  return out;
}
