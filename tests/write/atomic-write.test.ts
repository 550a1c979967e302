import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/write/atomic-write.js';
import { makeFolder } from '../helpers/folder.js';

const crash = (): never => {
  throw new Error('killed before the rename');
};

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', () => {
    const dir = makeFolder({ 'r.yaml': 'old: 1\n' });
    writeFileAtomic(join(dir, 'r.yaml'), 'new: 2\n');
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe('new: 2\n');
    expect(readdirSync(dir)).toEqual(['r.yaml']);
  });

  it('a crash between writing the temporary file and the rename leaves the old file and no temporary file', () => {
    const dir = makeFolder({ 'r.yaml': '# 注释\nold: 1\n' });
    const before = readFileSync(join(dir, 'r.yaml'));
    let seenTemp: string[] = [];
    expect(() =>
      writeFileAtomic(join(dir, 'r.yaml'), 'new: 2\n', {
        rename: () => {
          // the new text is complete on disk beside the target when the crash comes
          seenTemp = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
          expect(readFileSync(join(dir, seenTemp[0]!), 'utf8')).toBe('new: 2\n');
          crash();
        },
      }),
    ).toThrow('killed before the rename');
    expect(seenTemp).toHaveLength(1);
    expect(seenTemp[0]).toMatch(/^\.r\.yaml\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(readFileSync(join(dir, 'r.yaml')).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['r.yaml']);
  });

  it('a crash while creating a new file leaves nothing behind', () => {
    const dir = makeFolder({});
    expect(() => writeFileAtomic(join(dir, 'meetings/2024/m.yaml'), 'kind: plenary\n', { rename: crash })).toThrow();
    expect(existsSync(join(dir, 'meetings/2024/m.yaml'))).toBe(false);
    expect(readdirSync(join(dir, 'meetings/2024'))).toEqual([]);
  });

  it('keeps the permissions of the file it replaces', () => {
    const dir = makeFolder({ 'r.yaml': 'a: 1\n' });
    chmodSync(join(dir, 'r.yaml'), 0o600);
    writeFileAtomic(join(dir, 'r.yaml'), 'a: 2\n');
    expect(statSync(join(dir, 'r.yaml')).mode & 0o777).toBe(0o600);
  });
});
