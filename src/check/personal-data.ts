// The personal-data guard of docs/records.md: identity-card numbers (GB 11643 check digit), bank-card numbers
// (Luhn) and mobile numbers are refused anywhere but a `phone` field.
import { isPair, isScalar, visit } from 'yaml';
import { positionOfOffset, type SourceFile } from '../load/source-file.js';
import { isIsoDate } from '../model/dates.js';
import { message, type Diagnostic, type Message } from '../core/diagnostic.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-character resident identity number with a real birth date and a valid GB 11643 check digit. */
export function isIdentityNumber(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < '1900-01-01') return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17]!.toUpperCase();
}

/** Luhn check of a 16–19 digit card number. */
export function isBankCardNumber(s: string): boolean {
  if (!/^\d{16,19}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const ID_RE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const CARD_RE = /(?<![0-9A-Za-z])\d(?:[ -]?\d){15,18}(?![0-9A-Za-z])/g;
const MOBILE_RE = /(?<![0-9A-Za-z])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![0-9A-Za-z])/g;

const EXEMPT_KEYS = new Set(['sha256']);

interface Found {
  offset: number;
  message: Message;
}

function scan(source: string, base: number, isPhoneField: boolean): Found[] {
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  for (const m of source.matchAll(ID_RE)) {
    if (!isIdentityNumber(m[0])) continue;
    taken.push([m.index, m.index + m[0].length]);
    found.push({
      offset: base + m.index,
      message: message(
        '疑似居民身份证号码。记录中不得保存困难群众的个人信息;救急难个案只写个案编号(case)。',
        'This looks like a resident identity-card number. Records never hold personal data of the people assisted; name a 救急难 case by its reference (case).',
      ),
    });
  }
  for (const m of source.matchAll(CARD_RE)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (overlaps(m.index, m.index + m[0].length) || !isBankCardNumber(digits)) continue;
    taken.push([m.index, m.index + m[0].length]);
    found.push({
      offset: base + m.index,
      message: message(
        '疑似银行卡号。记录中不得保存困难群众的个人信息或账户信息。',
        'This looks like a bank-card number. Records never hold personal or account data of the people assisted.',
      ),
    });
  }
  if (!isPhoneField) {
    for (const m of source.matchAll(MOBILE_RE)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      found.push({
        offset: base + m.index,
        message: message(
          '疑似手机号码。手机号码只能写在联络员的 phone 字段中,其他地方不得出现个人联系方式。',
          'This looks like a mobile number. Phone numbers belong only in a liaison\'s phone field; no personal contact data elsewhere.',
        ),
      });
    }
  }
  return found;
}

export function checkPersonalData(file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!file.doc) return out;
  const scalars: Array<[number, number]> = [];
  visit(file.doc, {
    Scalar(key, node, path) {
      if (!node.range) return;
      scalars.push([node.range[0], node.range[1]]);
      let field: string | undefined;
      for (let i = path.length - 1; i >= 0; i--) {
        const anc = path[i];
        if (isPair(anc) && isScalar(anc.key) && anc.key !== node) {
          field = String(anc.key.value);
          break;
        }
      }
      if (key !== 'key' && field !== undefined && EXEMPT_KEYS.has(field)) return;
      const source = file.text.slice(node.range[0], node.range[1]);
      for (const f of scan(source, node.range[0], key !== 'key' && field === 'phone')) {
        out.push({ file: file.path, ...positionOfOffset(file, f.offset), severity: 'error', rule: 'personal-data', message: f.message });
      }
    },
  });
  // Comments (and whatever else lies between the values) are part of the file kept in git: scan them too.
  scalars.sort((a, b) => a[0] - b[0]);
  let from = 0;
  for (const [start, end] of [...scalars, [file.text.length, file.text.length] as [number, number]]) {
    if (start > from) {
      for (const f of scan(file.text.slice(from, start), from, false)) {
        out.push({ file: file.path, ...positionOfOffset(file, f.offset), severity: 'error', rule: 'personal-data', message: f.message });
      }
    }
    from = Math.max(from, end);
  }
  return out;
}
