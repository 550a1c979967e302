import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, validateFiles } from '../helpers/folder.js';

const resolution = (body: string): Record<string, string> => ({
  'meetings/2025/2025-03-20-plenary.yaml': 'kind: plenary\ntitle: 2025年第一次全体会议\ndate: 2025-03-20\nconvener: zz\n',
  'resolutions/2025/2025-03-20-plenary-1.yaml': body,
});

describe('schema', () => {
  it('accepts a valid small body', () => {
    expect(findingsOf('schema', smallBody())).toEqual([]);
  });

  it('points at an unknown key and guesses the intended one', () => {
    const found = findingsOf(
      'schema',
      smallBody(resolution('meeting: 2025-03-20-plenary\nno: 1\ntext: 建库\nlead: mz\nresposible: [cz]\ndue: 2025-06-30\n')),
    );
    expect(found).toEqual([
      {
        at: 'resolutions/2025/2025-03-20-plenary-1.yaml:5:1',
        severity: 'error',
        message: '未知的字段“resposible”。你是不是想写“responsible”?',
      },
    ]);
  });

  it('refuses a date that is not on the calendar, at the value', () => {
    const found = findingsOf(
      'schema',
      smallBody(resolution('meeting: 2025-03-20-plenary\nno: 1\ntext: 建库\nlead: mz\ndue: 2025-02-30\n')),
    );
    expect(found).toEqual([
      {
        at: 'resolutions/2025/2025-03-20-plenary-1.yaml:5:6',
        severity: 'error',
        message: '“due”的日期“2025-02-30”在日历上不存在。',
      },
    ]);
  });

  it('explains a badly written date and a full-width character in it', () => {
    const found = findingsOf(
      'schema',
      smallBody(resolution('meeting: 2025-03-20-plenary\nno: 1\ntext: 建库\nlead: mz\ndue: 2025－06－30\n')),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.at).toBe('resolutions/2025/2025-03-20-plenary-1.yaml:5:6');
    expect(found[0]!.message).toContain('YYYY-MM-DD');
    expect(found[0]!.message).toContain('全角字符“－”');
  });

  it('refuses an id that breaks the id pattern and a closed enum value, with a guess', () => {
    const found = findingsOf(
      'schema',
      smallBody({
        'members/xx.yaml':
          'role: membr\nunit: 县某局\nposition: 局长\nholders:\n  - name: 示例\n    from: 2024-01-10\nsuccessor: Mz\nleft: 2025-01-01\n',
      }),
    );
    expect(found.map((f) => f.at)).toEqual(['members/xx.yaml:1:7', 'members/xx.yaml:7:12']);
    expect(found[0]!.message).toContain('你是不是想写“member”');
    expect(found[1]!.message).toContain('不是有效的 id');
  });

  it('reports a missing required field at the mapping that lacks it', () => {
    const found = findingsOf(
      'schema',
      smallBody({ 'members/xx.yaml': 'role: member\nunit: 县某局\nholders:\n  - name: 示例\n    from: 2024-01-10\n' }),
    );
    expect(found).toEqual([{ at: 'members/xx.yaml:1:1', severity: 'error', message: '缺少必填字段“position”(职务)。' }]);
  });
});

describe('schema', () => {
  it('explains that a unit name is not an id', () => {
    const found = findingsOf(
      'schema',
      smallBody(resolution('meeting: 2025-03-20-plenary\nno: 1\ntext: 建库\nlead: mz\ncooperating: [财政局]\n')),
    );
    expect(found).toEqual([
      {
        at: 'resolutions/2025/2025-03-20-plenary-1.yaml:5:15',
        severity: 'error',
        message:
          '“cooperating”的值“财政局”不是有效的 id:id 只能由小写英文字母、数字和单个连字符组成。这里要写成员 id,不是单位名称:县财政局 的 id 是“cz”。',
      },
    ]);
  });

  it('requires left with successor', () => {
    const found = findingsOf(
      'schema',
      smallBody({
        'members/xx.yaml': 'role: member\nunit: 县某局\nposition: 局长\nholders:\n  - name: 示例\n    from: 2024-01-10\nsuccessor: mz\n',
      }),
    );
    expect(found).toEqual([{ at: 'members/xx.yaml:7:1', severity: 'error', message: '写了“successor”就必须同时写“left”。' }]);
  });

  it('says what type a field needs', () => {
    const found = findingsOf(
      'schema',
      smallBody(resolution('meeting: 2025-03-20-plenary\nno: 1\ntext: 建库\nlead: mz\nresponsible: cz\ndue: 2025-06-30\n')),
    );
    expect(found).toEqual([
      { at: 'resolutions/2025/2025-03-20-plenary-1.yaml:5:14', severity: 'error', message: '“responsible”应为列表。' },
    ]);
  });

  it('points into an attendee entry rather than at the whole list', () => {
    const found = findingsOf(
      'schema',
      smallBody({
        'meetings/2025/2025-03-20-plenary.yaml':
          'kind: plenary\ntitle: 会议\ndate: 2025-03-20\nconvener: zz\nattendees:\n  - zz\n  - member: cz\n    nmae: 示例\n',
      }),
    );
    expect(found.map((f) => f.at)).toEqual(['meetings/2025/2025-03-20-plenary.yaml:8:5']);
    expect(found[0]!.message).toContain('你是不是想写“name”');
  });
});

describe('schema', () => {
  it('explains a badly written time, material path, hash and minutes number instead of showing the regular expression', () => {
    const files = smallBody({
      'meetings/2025/2025-03-20-plenary.yaml':
        'kind: plenary\ntitle: 会议\ndate: 2025-03-20\ntime: 9:30\nconvener: zz\nmaterials:\n  - title: 签到表\n' +
        '    file: ../签到表.pdf\n    sha256: abc123\n',
    });
    files['yishi.yaml'] = files['yishi.yaml'].replace(
      'minutes_number: "测困保纪〔{year}〕{n}号"',
      'minutes_number: "测困保纪〔{year}〕号"',
    );
    const found = validateFiles(files).filter((d) => d.rule === 'schema');
    expect(found.map((d) => [`${d.file}:${d.line}:${d.column}`, d.message.zh, d.message.en])).toEqual([
      [
        'meetings/2025/2025-03-20-plenary.yaml:4:7',
        '“time”的时间“9:30”格式不对,应写成 HH:MM(24 小时制,时和分各两位),例如 "09:30"。',
        'time: "9:30" is not a time; write HH:MM (24-hour, two digits each), e.g. "09:30".',
      ],
      [
        'meetings/2025/2025-03-20-plenary.yaml:8:11',
        '“file”的路径“../签到表.pdf”不对:材料文件的路径从记录文件夹写起,用“/”分隔,不能以“/”或盘符开头,不能含“..”或“\\”,例如 materials/2025/<会议id>/签到表.pdf。',
        'file: "../签到表.pdf" is not a path inside the record folder: write it from the top of the folder with ' +
          '"/" separators, not starting with "/" or a drive letter, without ".." or "\\", e.g. ' +
          'materials/2025/<meeting-id>/sign-in.pdf.',
      ],
      [
        'meetings/2025/2025-03-20-plenary.yaml:9:13',
        '“sha256”的值“abc123”不是 SHA-256 校验值:应为 64 位十六进制字符(0-9、a-f)。',
        'sha256: "abc123" is not a SHA-256 hash: it is 64 hexadecimal characters (0-9, a-f).',
      ],
      [
        'yishi.yaml:10:17',
        '“minutes_number”的模板“测困保纪〔{year}〕号”缺少 {n}(纪要的序号),例如 "兰困保纪〔{year}〕{n}号"。',
        'minutes_number: "测困保纪〔{year}〕号" lacks {n} (the number of the minutes), e.g. "兰困保纪〔{year}〕{n}号".',
      ],
    ]);
  });
});
