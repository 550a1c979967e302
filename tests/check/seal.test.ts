// validate recomputes every seal: a change of the meeting record or of a resolution's decision, a resolution
// added after sealing, a seal on a draft, minutes issued without a seal; progress may grow under a seal.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { findingsOf, makeFolder, smallBody } from '../helpers/folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { typeRecords } from '../../src/check/check-folder.js';
import { sealStatuses } from '../../src/check/seal/seal-status.js';
import { ISSUED_MEETING, MEETING_PATH, RESOLUTION, RESOLUTION_PATH } from '../helpers/clerk.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The sealed meeting and its resolution, with the seal yishi computes for them. */
function sealedFiles(): Record<string, string> {
  const files = smallBody({ [MEETING_PATH]: ISSUED_MEETING, [RESOLUTION_PATH]: RESOLUTION });
  const dir = makeFolder(files);
  made.push(dir);
  const seal = sealStatuses(typeRecords(loadFolder(dir)).records)[0]!.computed;
  return { ...files, [MEETING_PATH]: `${ISSUED_MEETING}  seal: ${seal}\n` };
}

describe('seal', () => {
  it('a matching seal gives no finding, and progress may grow under it', () => {
    const files = sealedFiles();
    files[RESOLUTION_PATH] += '  - date: 2024-05-01\n    by: mz\n    status: done\n    note: 建成。\n';
    expect(findingsOf('seal', files)).toEqual([]);
  });

  it('a changed decision, a changed meeting field and an added resolution are errors at the seal', () => {
    for (const change of [
      (f: Record<string, string>) => (f[RESOLUTION_PATH] = f[RESOLUTION_PATH]!.replace('due: 2024-06-30', 'due: 2024-09-30')),
      (f: Record<string, string>) => (f[MEETING_PATH] = f[MEETING_PATH]!.replace('recorder: 示例庚', 'recorder: 示例辛')),
      (f: Record<string, string>) =>
        (f['resolutions/2024/2024-03-15-plenary-2.yaml'] = 'meeting: 2024-03-15-plenary\nno: 2\ntext: 补记。\n'),
    ]) {
      const files = sealedFiles();
      change(files);
      const found = findingsOf('seal', files);
      expect(found.map((f) => [f.at, f.severity])).toEqual([[`${MEETING_PATH}:16:9`, 'error']]);
      expect(found[0]!.message).toMatch(/^会议“2024-03-15-plenary”的纪要已印发并封存,但记录内容与封存值\(seal\)不符/);
    }
  });

  it('issued without a seal is a note at the status; a seal on a draft is a warning', () => {
    expect(findingsOf('seal', smallBody({ [MEETING_PATH]: ISSUED_MEETING }))).toEqual([
      {
        at: `${MEETING_PATH}:12:11`,
        severity: 'note',
        message: '会议“2024-03-15-plenary”的纪要已印发,但没有封存值(minutes.seal)。运行 yishi seal 补写封存值,经人核对后单独提交一次。',
      },
    ]);
    const draft = ISSUED_MEETING.replace('status: issued', 'status: draft') + `  seal: sha256:${'0'.repeat(64)}\n`;
    expect(findingsOf('seal', smallBody({ [MEETING_PATH]: draft })).map((f) => [f.at, f.severity])).toEqual([
      [`${MEETING_PATH}:16:9`, 'warning'],
    ]);
  });
});
