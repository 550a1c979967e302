// What makes a run of digits personal data (docs/records.md "Personal data"): an identity-card number (GB 11643:
// region, birth date, check digit), a bank-card number (Luhn) or a mobile number (1[3-9]x, 11 digits).
import { isIsoDate } from '../../model/dates.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** The first two digits of a resident identity number: the province-level region (GB/T 2260). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

/** An 18-character resident identity number with a real birth date and a valid GB 11643 check digit. */
export function isIdentityNumber(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  return isIdentityAt(s, 0);
}

/** `digits[at..at+18)` (17 digits and a check character) is an identity number; no allocation on a miss. */
export function isIdentityAt(digits: string, at: number): boolean {
  if (!PROVINCES.has(Number(digits.slice(at, at + 2)))) return false;
  const year = Number(digits.slice(at + 6, at + 10));
  if (year < 1900 || year > 2100) return false;
  const birth = `${digits.slice(at + 6, at + 10)}-${digits.slice(at + 10, at + 12)}-${digits.slice(at + 12, at + 14)}`;
  if (!isIsoDate(birth)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ID_WEIGHTS[i]! * (digits.charCodeAt(at + i) - 48);
  return ID_CHECK[sum % 11] === digits[at + 17]!.toUpperCase();
}

/** Luhn check of a 16–19 digit card number. */
export function isBankCardNumber(s: string): boolean {
  return /^\d{16,19}$/.test(s) && luhnAt(s, 0, s.length);
}

/** The Luhn check over `digits[at..at+length)`; card numbers start with 3, 4, 5, 6 or 9 (UnionPay 62). */
export function luhnAt(digits: string, at: number, length: number): boolean {
  if (!'34569'.includes(digits[at]!)) return false;
  let sum = 0;
  for (let i = 0; i < length; i++) {
    let d = digits.charCodeAt(at + length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** `digits[at..at+11)` is a mainland mobile number: 1, then 3–9, then nine digits. */
export function isMobileAt(digits: string, at: number): boolean {
  if (at + 11 > digits.length || digits[at] !== '1') return false;
  const second = digits.charCodeAt(at + 1) - 48;
  return second >= 3 && second <= 9;
}
