import { describe, expect, it } from 'vitest';
import { isBankCardNumber, isIdentityNumber } from '../../src/check/personal-data.js';
import { findingsOf, smallBody, type BodyFiles } from '../helpers/folder.js';

const meeting = (extra: string): BodyFiles =>
  smallBody({ 'meetings/2025/m.yaml': `kind: thematic\ntitle: 专题会议\ndate: 2025-03-20\nconvener: zz\n${extra}` });

describe('personal-data', () => {
  it('knows the GB 11643 check digit and the Luhn check', () => {
    expect(isIdentityNumber('110101199003077571')).toBe(true);
    expect(isIdentityNumber('110101199003077578')).toBe(false);
    expect(isIdentityNumber('11010119900230757X')).toBe(false); // 1990-02-30 is no birth date
    expect(isBankCardNumber('6222020200112233446')).toBe(true);
    expect(isBankCardNumber('6222020200112233445')).toBe(false);
  });

  it('refuses an identity-card number in proceedings, at the number', () => {
    expect(findingsOf('personal-data', meeting('proceedings: |\n  研究了救助对象（身份证110101199003077571）的情况。\n'))).toEqual([
      {
        at: 'meetings/2025/m.yaml:6:14',
        severity: 'error',
        message: '疑似居民身份证号码。记录中不得保存困难群众的个人信息;救急难个案只写个案编号(case)。',
      },
    ]);
  });

  it('refuses a bank-card number, spaced or not, and an unquoted number', () => {
    const found = findingsOf('personal-data', meeting('proceedings: 账户 6222 0202 0011 2233 446 待核实\nrecorder: 6222020200112233446\n'));
    expect(found.map((f) => f.at)).toEqual(['meetings/2025/m.yaml:5:17', 'meetings/2025/m.yaml:6:11']);
    expect(found[0]!.message).toContain('银行卡号');
  });

  it('refuses a mobile number outside a phone field and accepts it inside one', () => {
    const files = meeting('proceedings: 联系人电话 138-1234-5678\n');
    files['members/mz.yaml'] =
      String(files['members/mz.yaml']) + 'liaisons:\n  - name: 示例己\n    from: 2024-01-10\n    phone: "13812345678"\n';
    expect(findingsOf('personal-data', files)).toEqual([
      {
        at: 'meetings/2025/m.yaml:5:20',
        severity: 'error',
        message:
          '疑似手机号码。手机号码只能写在联络员的 phone 字段中,其他地方不得出现个人联系方式;涉及救急难个案时只写个案编号(case: JJN-2024-007)。',
      },
    ]);
  });

  it('refuses personal data in comments too, at the number', () => {
    const found = findingsOf('personal-data', meeting('# 救助对象身份证 110101199003077571\nrecorder: 示例庚   # 联系 13812345678\n'));
    expect(found.map((f) => f.at)).toEqual(['meetings/2025/m.yaml:5:11', 'meetings/2025/m.yaml:6:22']);
    expect(found.map((f) => f.message.slice(0, 4))).toEqual(['疑似居民', '疑似手机']);
  });

  it('leaves dates, landlines, hashes and case references alone', () => {
    expect(
      findingsOf(
        'personal-data',
        meeting(
          'topics:\n  - title: 个案\n    case: JJN-2024-007\nproceedings: 2024-03-15至2024-12-31,电话0886-3220000。\n' +
            'materials:\n  - title: 签到表\n    file: materials/a.md\n' +
            '    sha256: 1111111111111111111111111111111111111111111111111111111111111111\n',
        ),
      ),
    ).toEqual([]);
  });
});
