import { MASK } from "./mask";

/**
 * Payment card numbers: 13 to 19 digits, optionally in groups split by one space or hyphen, from a
 * card network's range (Visa 4, Mastercard 2/5, Amex 34/37, Discover and others 6), passing the
 * Luhn check. Timestamps in microseconds start with 1, so they never qualify.
 */
const CANDIDATE = /(?<![0-9A-Za-z.,-])[2-6][0-9]{3}([ -]?)[0-9]{4}\1[0-9]{4}\1[0-9]{1,7}(?![0-9A-Za-z])/g;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const NETWORK = /^(?:4|5[1-5]|2[2-7]|3[47]|6)/;

export function maskCardNumbers(text: string): string {
  return text.replace(CANDIDATE, (match) => {
    const digits = match.replace(/[ -]/g, "");
    return digits.length >= 13 && digits.length <= 19 && NETWORK.test(digits) && luhn(digits) ? MASK : match;
  });
}
