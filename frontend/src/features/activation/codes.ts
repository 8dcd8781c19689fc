/**
 * A code as a parent types it from a letter, made what the letter means, as the server does:
 * spaces and dashes go; in the 6-digit security code the letter O is the digit 0 and I or l the 1;
 * the 12-character activation code ignores case (its alphabet has no 0/O or 1/I/L to confuse).
 */
const separators = /[\s\-\u2010-\u2015\u2212.]/g;

export function normaliseSecurityCode(typed: string): string {
  return typed.replace(separators, '').replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
}

export function normaliseActivationCode(typed: string): string {
  return typed.replace(separators, '').toUpperCase();
}

const activationAlphabet = /^[2-9A-HJKMNP-Z]{12}$/;

/** True when the normalised code can be a letter's: anything else is a typo, not a try. */
export function looksLikeCode(code: string, typed: boolean): boolean {
  return typed ? activationAlphabet.test(code) : /^[0-9]{6}$/.test(code);
}
