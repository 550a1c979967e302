// The shared wording of documents: Chinese dates and numbering, English forms, escaping, aligned tables.
import { describe, expect, it } from 'vitest';
import { markdownTable as table } from '../../src/document/write-markdown.js';
import { chineseNumber, dateText, halfDay, inline, itemNo, sectionNo } from '../../src/render/wording.js';

describe('wording', () => {
  it('writes dates as official documents and English prose do', () => {
    expect(dateText('2024-03-15', 'zh')).toBe('2024年3月15日');
    expect(dateText('2024-12-01', 'zh')).toBe('2024年12月1日');
    expect(dateText('2024-03-15', 'en')).toBe('15 March 2024');
    expect(halfDay('09:30', 'zh')).toBe('上午');
    expect(halfDay('15:00', 'zh')).toBe('下午');
    expect(halfDay('09:30', 'en')).toBe(' at 09:30');
    expect(halfDay(undefined, 'zh')).toBe('');
  });

  it('numbers items 一、二、三 and (一)(二)(三) in Chinese, 1. and (1) in English', () => {
    expect([1, 2, 3, 9, 10, 11, 12, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '二',
      '三',
      '九',
      '十',
      '十一',
      '十二',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(chineseNumber(100)).toBe('100');
    expect(sectionNo(2, 'zh')).toBe('二、');
    expect(itemNo(3, 'zh')).toBe('(三)');
    expect(sectionNo(2, 'en')).toBe('2. ');
    expect(itemNo(3, 'en')).toBe('(3) ');
  });

  it('keeps a record’s short text from changing the document’s structure', () => {
    expect(inline('县*民政*局 <b>|x|</b>\n第二行')).toBe('县\\*民政\\*局 \\<b\\>\\|x\\|\\</b\\> 第二行');
  });

  it('lines up table pipes counting Chinese characters two columns wide', () => {
    expect(
      table(
        ['单位', 'n'],
        [
          ['县民政局', '1'],
          ['团县委', '12'],
        ],
      ),
    ).toBe(['| 单位     | n   |', '| -------- | --- |', '| 县民政局 | 1   |', '| 团县委   | 12  |'].join('\n'));
  });
});
