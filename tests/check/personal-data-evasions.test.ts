// The evasions of issue 13, as fixed inputs: every separator, full-width digits, Chinese numerals, numbers
// glued to letters or to each other, YAML escapes, folded and multi-line strings, file and folder names,
// material text files, hidden .yaml files and stray folders. Each is refused at the number, by kind.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, validateFiles, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = '532325198506120014';
const ID_X = '53232519850612009X';
const meeting = (extra: string, more: Files = {}): BodyFiles =>
  smallBody({ 'meetings/2025/m.yaml': `kind: thematic\ntitle: 专题会议\ndate: 2025-03-20\nconvener: zz\n${extra}`, ...more });
/** Append `more` to the text file `path` of `files` (smallBody's member files are text). */
function append(files: Files, path: string, more: string): void {
  const text = files[path];
  if (typeof text !== 'string') throw new Error(`${path} is not a text file`);
  files[path] = text + more;
}
const kinds = (files: Files): string[] => findingsOf('personal-data', files).map((f) => `${f.at} ${f.message.slice(0, 6)}`);

describe('personal-data: numbers as people type them', () => {
  const separators: Array<[string, string]> = [
    ['space', ' '],
    ['double space', '  '],
    ['no-break space', '\u00a0'],
    ['ideographic space', '\u3000'],
    ['zero-width space', '\u200b'],
    ['hyphen', '-'],
    ['full-width hyphen', '－'],
    ['hyphen U+2010', '‐'],
    ['non-breaking hyphen', '‑'],
    ['en dash', '–'],
    ['em dash', '—'],
    ['dot', '.'],
    ['full-width dot', '．'],
    ['slash', '/'],
    ['full-width slash', '／'],
    ['underscore', '_'],
  ];
  for (const [name, sep] of separators) {
    it(`an identity number grouped by ${name}`, () => {
      const grouped = `${ID.slice(0, 6)}${sep}${ID.slice(6, 14)}${sep}${ID.slice(14)}`;
      expect(kinds(meeting(`proceedings: 救助对象 ${grouped} 的情况\n`))).toEqual(['meetings/2025/m.yaml:5:19 疑似居民身份']);
    });
    it(`a mobile number grouped by ${name}`, () => {
      expect(kinds(meeting(`proceedings: 联系 139${sep}1234${sep}5678\n`))).toEqual(['meetings/2025/m.yaml:5:17 疑似手机号码']);
    });
  }

  it('full-width digits, a full-width X and Chinese numerals', () => {
    const fullWidth = [...ID].map((c) => String.fromCharCode(0xff10 + Number(c))).join('');
    const chinese = [...'13912345678'].map((c) => '〇一二三四五六七八九'[Number(c)]).join('');
    const files = meeting(`proceedings: 身份证${fullWidth}\nrecorder: 电话${chinese}\nlocation: 证号${ID_X.slice(0, 17)}Ｘ\n`);
    expect(kinds(files)).toEqual([
      'meetings/2025/m.yaml:5:17 疑似居民身份',
      'meetings/2025/m.yaml:6:13 疑似手机号码',
      'meetings/2025/m.yaml:7:13 疑似居民身份',
    ]);
  });

  it('glued to letters, to a country code, and two numbers run together', () => {
    const files = meeting(
      `proceedings: 身份证ID${ID}\nrecorder: tel13912345678\nlocation: 008613912345678 +8613912345678\ntime: "${ID}13812345678"\n`,
    );
    expect(kinds(files)).toEqual([
      'meetings/2025/m.yaml:5:19 疑似居民身份',
      'meetings/2025/m.yaml:6:14 疑似手机号码',
      'meetings/2025/m.yaml:7:11 疑似手机号码',
      'meetings/2025/m.yaml:7:28 疑似手机号码',
      'meetings/2025/m.yaml:8:8 疑似居民身份',
      'meetings/2025/m.yaml:8:26 疑似手机号码',
    ]);
  });

  it('a bank card, grouped or glued to a mobile', () => {
    expect(kinds(meeting('proceedings: 卡号 6222 0202 0011 2233 446,另 622202020011223344613912345678\n'))).toEqual([
      'meetings/2025/m.yaml:5:17 疑似银行卡号',
      'meetings/2025/m.yaml:5:43 疑似银行卡号',
      'meetings/2025/m.yaml:5:62 疑似手机号码',
    ]);
  });
});

// The same block, continued: values as YAML reads them, and where a number may stand.
describe('personal-data: numbers as people type them', () => {
  it('YAML escapes: the value as read is checked, at the value', () => {
    const escaped = [...ID].map((c) => `\\x3${c}`).join('');
    const found = findingsOf(
      'personal-data',
      meeting(`location: "${escaped}"\nrecorder: "\\u0031\\u0033\\u0039\\u0031\\u0032\\u0033\\u0034\\u0035\\u0036\\u0037\\u0038"\n`),
    );
    expect(found.map((f) => f.at)).toEqual(['meetings/2025/m.yaml:5:11', 'meetings/2025/m.yaml:6:11']);
    expect(found[0]!.message).toMatch(/^疑似居民身份证号码。.*转义或折行后的取值中/);
    expect(found[1]!.message).toMatch(/^疑似手机号码/);
  });

  it('a number split over the lines of a folded or plain multi-line string', () => {
    const folded = meeting(`proceedings: >\n  救助对象证号${ID.slice(0, 10)}\n  ${ID.slice(10)}。\nrecorder: 电话139\n  1234 5678\n`);
    expect(kinds(folded)).toEqual(['meetings/2025/m.yaml:5:14 疑似居民身份', 'meetings/2025/m.yaml:8:11 疑似手机号码']);
  });

  it('comments, keys and anchors as written', () => {
    expect(kinds(meeting(`# ${ID.slice(0, 6)} ${ID.slice(6)}\nrecorder: &a139-1234-5678 示例\n`))).toEqual([
      'meetings/2025/m.yaml:5:3 疑似居民身份',
      'meetings/2025/m.yaml:6:13 疑似手机号码',
    ]);
  });

  it("a mobile in a liaison's phone is allowed, and only there", () => {
    const files = meeting('observers:\n  - name: 示例己\n    unit: 县政府办\n    phone: "13912345678"\n');
    append(files, 'members/mz.yaml', 'liaisons:\n  - name: 示例己\n    from: 2024-01-10\n    phone: "139 1234 5678"\n');
    append(files, 'members/cz.yaml', `liaisons:\n  - name: 示例庚\n    from: 2024-01-10\n    phone: "${ID}"\n`);
    expect(kinds(files)).toEqual(['meetings/2025/m.yaml:8:13 疑似手机号码', 'members/cz.yaml:11:13 疑似居民身份']);
  });
});

describe('personal-data: names and files the loader does not read', () => {
  it('file and folder names, masked in the finding', () => {
    const files = smallBody({
      [`members/${ID}.yaml`]: 'role: member\n',
      'materials/2024/m/13912345678.pdf': 'x',
      [`notes/${ID.slice(0, 6)}-${ID.slice(6)}/a.txt`]: '说明\n',
    });
    const found = findingsOf('personal-data', files);
    const names = found.filter((f) => f.severity === 'error').map((f) => f.at);
    expect(names).toEqual([
      'materials/2024/m/139****5678.pdf:1:1',
      `members/${ID.slice(0, 3)}***********${ID.slice(14)}.yaml:1:1`,
      `notes/${ID.slice(0, 3)}***-********${ID.slice(14)}:1:1`,
    ]);
    for (const f of found) expect(f.message).not.toContain(ID);
    expect(found.find((f) => f.severity === 'note')).toEqual({
      at: 'materials/2024/m/139****5678.pdf:1:1',
      severity: 'note',
      message: 'yishi 无法读取此文件(.pdf)的内容,未检查其中是否有个人信息;请人工确认其中没有身份证号、银行卡号和手机号码。',
    });
  });

  it('material text files, hidden .yaml files and files in stray folders are read', () => {
    const files = smallBody({
      'materials/2024/m/list.csv': `序号,姓名,证件\n1,示例,${ID}\n`,
      'materials/2024/m/notes.md': '# 说明\n\n联系 139-1234-5678\n',
      'materials/2024/m/a.txt': '银行卡 6222020200112233446\n',
      'members/.old.yaml': `# ${ID}\n`,
      'stray/x.yaml': 'phone: "13912345678"\n',
    });
    expect(kinds(files)).toEqual([
      'materials/2024/m/a.txt:1:5 疑似银行卡号',
      'materials/2024/m/list.csv:2:6 疑似居民身份',
      'materials/2024/m/notes.md:3:4 疑似手机号码',
      'members/.old.yaml:1:3 疑似居民身份',
      'stray/x.yaml:1:9 疑似手机号码',
    ]);
  });

  it('no finding repeats a number', () => {
    const all = validateFiles(meeting(`proceedings: ${ID} 13912345678 6222020200112233446\n`)).filter((d) => d.rule === 'personal-data');
    expect(all).toHaveLength(3);
    for (const d of all) for (const n of [ID, '13912345678', '6222020200112233446']) expect(d.message.zh + d.message.en).not.toContain(n);
  });
});
