// yishi new member|duty|meeting|resolution, run as a clerk runs them, in a git repository.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYishi } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO } from '../helpers/folder.js';
import { gitEnv, smallRepo } from '../helpers/git.js';

const GOLDEN = join(REPO, 'tests/golden/write');

/** Compare with tests/golden/write/<name>; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string): void {
  expectGolden(GOLDEN, name, actual);
}

const yishi = (dir: string, args: string[]) => runYishi(args, { cwd: dir, env: gitEnv() });

describe('yishi new meeting', () => {
  it('a plenary meeting proposes the leader and lists every member in office, in order', () => {
    const dir = smallRepo();
    const r = yishi(dir, [
      'new',
      'meeting',
      '--kind',
      'plenary',
      '--date',
      '2024-03-15',
      '--time',
      '09:30',
      '--location',
      '县政府三楼会议室',
      '--as-of',
      '2024-03-10',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('meetings/2024/2024-03-15-plenary.yaml\n');
    expect(r.status).toBe(0);
    golden('new-meeting-plenary.yaml', readFileSync(join(dir, 'meetings/2024/2024-03-15-plenary.yaml'), 'utf8'));
    expect(yishi(dir, ['validate', '--as-of', '2024-03-10']).status).toBe(0);
  });

  it('a held meeting gets placeholders with TODOs, so that the file validates', () => {
    const dir = smallRepo();
    const r = yishi(dir, ['new', 'meeting', '--kind', 'plenary', '--date', '2024-03-15', '--as-of', '2024-03-15']);
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, 'meetings/2024/2024-03-15-plenary.yaml'), 'utf8');
    golden('new-meeting-held.yaml', text);
    expect(yishi(dir, ['validate', '--as-of', '2024-03-15']).stdout).toBe('检查了 11 个文件,没有发现问题。\n');
  });

  it('a second plenary on the same day gets -2 and the next title', () => {
    const dir = smallRepo();
    expect(yishi(dir, ['new', 'meeting', '--kind', 'plenary', '--date', '2024-03-15', '--as-of', '2024-03-01']).status).toBe(0);
    const r = yishi(dir, ['new', 'meeting', '--kind', 'plenary', '--date', '2024-03-15', '--as-of', '2024-03-01']);
    expect(r.stdout).toBe('meetings/2024/2024-03-15-plenary-2.yaml\n');
    expect(readFileSync(join(dir, 'meetings/2024/2024-03-15-plenary-2.yaml'), 'utf8')).toContain('title: 2024年第二次全体会议\n');
  });

  it('a liaison meeting is convened by the office; --dry-run prints the text and writes nothing', () => {
    const dir = smallRepo();
    const r = yishi(dir, ['new', 'meeting', '--kind', 'liaison', '--date', '2024-05-20', '--dry-run', '--as-of', '2024-05-01']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('convener: office');
    expect(r.stdout.startsWith('# yaml-language-server: $schema=../../.yishi/schemas/meeting.schema.json\n')).toBe(true);
    expect(existsSync(join(dir, 'meetings/2024'))).toBe(false);
  });
});

describe('yishi new meeting', () => {
  it('a file system that refuses the write is reported as such (exit 2, as by render -o), not as a bug in yishi', () => {
    const dir = smallRepo();
    mkdirSync(join(dir, 'meetings'), { recursive: true });
    writeFileSync(join(dir, 'meetings/2024'), ''); // a file where the year folder belongs
    const r = yishi(dir, [
      'new',
      'meeting',
      '--kind',
      'thematic',
      '--date',
      '2024-04-01',
      '--location',
      '会议室',
      '--as-of',
      '2024-03-01',
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('bug');
    expect(r.stderr).toMatch(
      /^yishi: Could not write meetings\/2024\/2024-04-01-thematic\.yaml \(EEXIST: .*\)\. Check that the folder can be written to and the file is not open in another program\.\n$/,
    );
    const zh = yishi(dir, [
      'new',
      'meeting',
      '--kind',
      'thematic',
      '--date',
      '2024-04-01',
      '--location',
      '会议室',
      '--as-of',
      '2024-03-01',
    ]);
    expect(zh.stderr).toMatch(
      /^yishi: 无法写入 meetings\/2024\/2024-04-01-thematic\.yaml（EEXIST: .*）。请检查文件夹是否可写、文件是否被其他程序打开。\n$/,
    );
  });

  it('a malformed date or an unknown convener is a usage error (exit 2)', () => {
    const dir = smallRepo();
    expect(yishi(dir, ['new', 'meeting', '--kind', 'plenary', '--date', '2024-02-30']).status).toBe(2);
    const r = yishi(dir, ['new', 'meeting', '--kind', 'thematic', '--date', '2024-04-01', '--convener', 'fz', '--as-of', '2024-03-01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('yishi: --convener:找不到成员“fz”。你是不是想写“fzz”?\n');
  });
});

describe('yishi new resolution', () => {
  const MEETING =
    'kind: plenary\ntitle: 2024年第一次全体会议\ndate: 2024-03-15\nconvener: zz\nlocation: 会议室\n' +
    'attendees: [zz, fzz, mz, cz, gaj]\nrecorder: 示例庚\nproceedings: 会议议定两项事项。\nminutes:\n' +
    '  status: draft\n';

  it('takes the next no and the id <meeting>-<no> in the folder of the meeting year', () => {
    const dir = smallRepo({ 'meetings/2024/2024-03-15-plenary.yaml': MEETING });
    const first = yishi(dir, [
      'new',
      'resolution',
      '--meeting',
      '2024-03-15-plenary',
      '原则同意《2024年工作要点》。',
      '--as-of',
      '2024-03-16',
    ]);
    expect(first.stdout).toBe('resolutions/2024/2024-03-15-plenary-1.yaml\n');
    const r = yishi(dir, [
      'new',
      'resolution',
      '--meeting',
      '2024-03-15-plenary',
      '--lead',
      'mz',
      '--due',
      '2024-06-30',
      '--responsible',
      'cz',
      '--cooperating',
      'gaj',
      '--title',
      '建立困难群众基本信息数据库',
      '会议议定,由县民政局牵头,于2024年6月30日前建成数据库。',
      '--as-of',
      '2024-03-16',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('resolutions/2024/2024-03-15-plenary-2.yaml\n');
    golden('new-resolution.yaml', readFileSync(join(dir, 'resolutions/2024/2024-03-15-plenary-2.yaml'), 'utf8'));
  });

  it('a sealed meeting takes no new resolution (exit 1), and a lead without due is a usage error', () => {
    const dir = smallRepo({
      'meetings/2024/2024-03-15-plenary.yaml': MEETING.replace(
        '  status: draft\n',
        '  status: issued\n  number: 测困保纪〔2024〕1号\n  issued: 2024-03-20\n  signed_by: zz\n',
      ),
    });
    const sealed = yishi(dir, ['new', 'resolution', '--meeting', '2024-03-15-plenary', 'x', '--as-of', '2024-03-21', '--lang', 'en']);
    expect(sealed.status).toBe(1);
    expect(sealed.stderr).toContain('the record is sealed');
    const noDue = yishi(dir, ['new', 'resolution', '--meeting', '2024-03-15-plenary', '--lead', 'mz', 'x', '--as-of', '2024-03-21']);
    expect(noDue.status).toBe(2);
  });
});

describe('yishi new member and duty', () => {
  it('a member without a duty is refused with the finding; with --duty both files are written', () => {
    const dir = smallRepo();
    const args = [
      'new',
      'member',
      '--id',
      'ybj',
      '--unit',
      '县医疗保障局',
      '--position',
      '副局长',
      '--holder',
      '示例己',
      '--from',
      '2024-05-01',
      '--as-of',
      '2024-05-01',
    ];
    const refused = yishi(dir, args);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^yishi: 未写入:这项改动会给记录带来 1 个错误\(见下\),members\/ybj\.yaml 保持原样。\nmembers\/ybj\.yaml\n  3:7  错误  县医疗保障局\(ybj\)今天\(2024-05-01\)没有现行有效的职责。.*duty-coverage\n/,
    );
    expect(existsSync(join(dir, 'members/ybj.yaml'))).toBe(false);
    const ok = yishi(dir, [...args, '--duty', '负责医疗救助。']);
    expect(ok.stdout).toBe('members/ybj.yaml\nduties/ybj.yaml\n');
    golden('new-member.yaml', readFileSync(join(dir, 'members/ybj.yaml'), 'utf8'));
    golden('new-duty.yaml', readFileSync(join(dir, 'duties/ybj.yaml'), 'utf8'));
    expect(yishi(dir, ['validate', '--as-of', '2024-05-01']).status).toBe(0);
  });

  it('without --id a member gets the next member-N; a duty the holder id while free, else -2', () => {
    const dir = smallRepo();
    const r = yishi(dir, [
      'new',
      'member',
      '--unit',
      '县住建局',
      '--position',
      '副局长',
      '--holder',
      '示例辛',
      '--duty',
      '负责住房救助。',
      '--from',
      '2024-01-10',
      '--as-of',
      '2024-02-01',
    ]);
    expect(r.stdout).toBe('members/member-1.yaml\nduties/member-1.yaml\n');
    const office = yishi(dir, [
      'new',
      'duty',
      '--holder',
      'office',
      '--from',
      '2024-01-10',
      '承担领导小组日常工作。',
      '--as-of',
      '2024-06-01',
    ]);
    expect(office.stdout).toBe('duties/office.yaml\n');
    // a second duty of mz while the first is in force overlaps it: refused, and the finding says so
    const d = yishi(dir, ['new', 'duty', '--holder', 'mz', '--from', '2024-06-01', '负责临时救助。', '--as-of', '2024-06-01']);
    expect(d.status).toBe(1);
    expect(d.stderr).toContain('duties/mz-2.yaml\n  4:7  错误  县民政局(mz)的职责有效期重叠');
    expect(existsSync(join(dir, 'duties/mz-2.yaml'))).toBe(false);
  });
});
