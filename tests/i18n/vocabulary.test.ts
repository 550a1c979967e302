// The shared vocabulary: Chinese numbers, dates, seat names; render/wording.ts hands the renderers these very
// functions, so a document and a list say a term with one word.
import { describe, expect, it } from 'vitest';
import { postName } from '../../src/render/names.js';
import * as wording from '../../src/render/wording.js';
import {
  chineseNumber,
  dateText,
  kindName,
  listNames,
  MEETING_KIND_ORDER,
  opinionName,
  roleName,
  seatName,
  seatNames,
  statusName,
  termChoices,
  ROLE_TERMS,
  type StatusTerm,
} from '../../src/i18n/vocabulary.js';

describe('chineseNumber', () => {
  it('writes 1 to 99 as documents do', () => {
    expect([1, 2, 9, 10, 11, 12, 19, 20, 21, 30, 45, 90, 99].map(chineseNumber)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '十二',
      '十九',
      '二十',
      '二十一',
      '三十',
      '四十五',
      '九十',
      '九十九',
    ]);
    expect(chineseNumber(0)).toBe('零');
  });

  it('writes 100 and more, negatives and fractions in Arabic digits', () => {
    expect([100, 101, 2025, -1, 1.5].map(chineseNumber)).toEqual(['100', '101', '2025', '-1', '1.5']);
  });

  it('is the one render uses', () => {
    expect(wording.chineseNumber).toBe(chineseNumber);
  });
});

describe('dateText', () => {
  it('2025年3月20日 / 20 March 2025, no leading zeros', () => {
    expect(dateText('2025-03-20', 'zh')).toBe('2025年3月20日');
    expect(dateText('2025-03-20', 'en')).toBe('20 March 2025');
    expect(dateText('2024-12-01', 'en')).toBe('1 December 2024');
    expect(wording.dateText).toBe(dateText);
  });
});

describe('the words of render/wording.ts', () => {
  it('are the vocabulary’s own functions, not a second table', () => {
    expect([wording.statusName, wording.kindName, wording.roleName, wording.opinionName]).toEqual([
      statusName,
      kindName,
      roleName,
      opinionName,
    ]);
    expect(wording.KIND_ORDER).toBe(MEETING_KIND_ORDER);
  });

  it('task statuses are 未报进展, 落实中, 落实受阻, 已办结', () => {
    expect((['open', 'in_progress', 'blocked', 'done'] as StatusTerm[]).map((s) => statusName(s, 'zh'))).toEqual([
      '未报进展',
      '落实中',
      '落实受阻',
      '已办结',
    ]);
  });
});

describe('a seat is named one way', () => {
  const seat = { unit: '县民政局', position: '局长' };
  it('by its unit, with the post or the id when asked', () => {
    expect(seatName(seat, 'zh')).toBe('县民政局');
    expect(seatNames(seat, { post: true })).toEqual({ zh: '县民政局局长', en: '县民政局 局长' });
    expect(seatNames(seat, { id: 'mz' })).toEqual({ zh: '县民政局(mz)', en: '县民政局 (mz)' });
    expect(seatNames(undefined, { id: 'zz' })).toEqual({ zh: '“zz”', en: '"zz"' });
  });

  it('as render names a post', () => {
    const member = { unit: '县人民政府', position: '副县长' } as Parameters<typeof postName>[0];
    for (const lang of ['zh', 'en'] as const) expect(seatName(member, lang, { post: true })).toBe(postName(member, lang));
  });
});

describe('lists', () => {
  it('listNames and termChoices', () => {
    expect(
      listNames([
        { zh: '甲', en: 'A' },
        { zh: '乙', en: 'B' },
      ]),
    ).toEqual({ zh: '甲、乙', en: 'A, B' });
    expect(termChoices(ROLE_TERMS, ['leader', 'member'], 'zh')).toBe('leader 组长 | member 成员');
    expect(termChoices(ROLE_TERMS, ['leader', 'member'], 'en')).toBe('leader | member');
  });
});
