// A note (a document yishi cannot read) is shown as such, counted as neither error nor warning, and does not
// change the exit code; GitHub gets a notice.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { makeFolder, smallBody } from '../helpers/folder.js';
import { SMALL_DUTIES } from '../helpers/git.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('validate: notes', () => {
  it('names a material yishi cannot read, exits 0', () => {
    const dir = makeFolder(smallBody({ ...SMALL_DUTIES, 'materials/2024/m/sign-in.pdf': '%PDF-1.4' }));
    made.push(dir);
    const text = runYishi(['validate', '-C', dir, '--lang', 'en', '--as-of', '2024-07-01']);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe(
      [
        'materials/2024/m/sign-in.pdf',
        '  1:1  note     yishi cannot read the contents of this file (.pdf) and has not checked it for personal data; ' +
          'make sure by hand that it holds no identity-card, bank-card or mobile numbers.  personal-data',
        '',
        'Checked 10 files: no problems.',
        '',
      ].join('\n'),
    );
    const github = runYishi(['validate', '-C', dir, '--lang', 'en', '--format', 'github', '--as-of', '2024-07-01']);
    expect(github.status).toBe(0);
    expect(github.stdout).toMatch(/^::notice file=materials\/2024\/m\/sign-in\.pdf,line=1,col=1::yishi cannot read/);
  });
});
