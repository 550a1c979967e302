import { describe, expect, it } from 'vitest';
import { unknownName, unknownRecord } from '../../src/core/unknown-id.js';

describe('unknownName', () => {
  it('names the kind and the closest known id', () => {
    expect(unknownName({ id: 'mzz', kind: { zh: '成员', en: 'member' }, known: ['mz', 'cz'] })).toEqual({
      zh: '找不到成员“mzz”。你是不是想写“mz”?',
      en: 'No member "mzz". Did you mean "mz"?',
    });
  });

  it('lists the words valid besides ids, and offers them as guesses', () => {
    expect(unknownName({ id: 'ofice', kind: { zh: '成员', en: 'member' }, known: ['mz'], also: ['group', 'office'] })).toEqual({
      zh: '找不到成员“ofice”(或 group、office)。你是不是想写“office”?',
      en: 'No member "ofice" (or group, office). Did you mean "office"?',
    });
  });

  it('starts with the option, and says where ids are when none is close', () => {
    expect(unknownRecord('meeting', 'nothing-like-it，', ['2024-03-15-plenary'], '--meeting')).toEqual({
      zh: '--meeting:找不到会议“nothing-like-it，”。会议 id 是 meetings/<年份>/ 下的文件名,例如 2024-03-15-plenary。其中有中文全角字符“，”,请切换到英文输入法重新输入。',
      en:
        '--meeting: no meeting "nothing-like-it，". Meeting ids are the file names under meetings/<year>/, ' +
        'e.g. 2024-03-15-plenary. It contains the full-width character "，"; switch the input method to ' +
        'English and retype it.',
    });
  });
});
