// What the personal-data guard tells the clerk: what kind of number it found (never the number itself) and
// what to write instead.
import { defineMessages } from '../../core/messages.js';

export const PERSONAL_DATA_MESSAGES = defineMessages({
  identity: {
    zh: '疑似居民身份证号码。记录中不得保存困难群众的个人信息;救急难个案只写个案编号(case)。',
    en:
      'This looks like a resident identity-card number. Records never hold personal data of the people assisted; name ' +
      'a 救急难 case by its reference (case).',
  },
  bankCard: {
    zh: '疑似银行卡号。记录中不得保存困难群众的个人信息或账户信息;请删去该号码,涉及救急难个案时只写个案编号(case: JJN-2024-007)。',
    en:
      'This looks like a bank-card number. Records never hold personal or account data of the people assisted; remove ' +
      'it and name a 救急难 case by its reference (case: JJN-2024-007).',
  },
  mobile: {
    zh: '疑似手机号码。手机号码只能写在联络员的 phone 字段中,其他地方不得出现个人联系方式;涉及救急难个案时只写个案编号(case: JJN-2024-007)。',
    en:
      "This looks like a mobile number. Phone numbers belong only in a liaison's phone field; no personal contact " +
      'data elsewhere. Name a 救急难 case by its reference (case: JJN-2024-007).',
  },
  inValue: {
    zh: '{what}(该号码在转义或折行后的取值中,从此处开始的值里)',
    en: '{what} (the number is in the value starting here, once escapes and line folding are applied)',
  },
  inName: {
    zh: '文件或文件夹名“{name}”中{what}请改名,例如按个案编号命名。',
    en: 'The file or folder name "{name}": {what} Rename it, e.g. after the case reference.',
  },
  unreadDocument: {
    zh: 'yishi 无法读取此文件({ext})的内容,未检查其中是否有个人信息;请人工确认其中没有身份证号、银行卡号和手机号码。',
    en:
      'yishi cannot read the contents of this file ({ext}) and has not checked it for personal data; make sure by ' +
      'hand that it holds no identity-card, bank-card or mobile numbers.',
  },
});

export type NumberMessageKey = 'identity' | 'bankCard' | 'mobile';
