import { describe, expect, it } from 'vitest';
import { looksLikeCode, normaliseActivationCode, normaliseSecurityCode } from './codes';

describe('codes as typed from a letter', () => {
  it('reads the letter O as the digit 0 in a security code', () => {
    expect(normaliseSecurityCode('4O7 l2o')).toBe('407120');
    expect(normaliseSecurityCode('123-456')).toBe('123456');
    expect(looksLikeCode('407120', false)).toBe(true);
    expect(looksLikeCode('40712', false)).toBe(false);
  });

  it('ignores case, spaces and dashes in an activation code', () => {
    expect(normaliseActivationCode('k7qm 3xpt-2d9f')).toBe('K7QM3XPT2D9F');
    expect(looksLikeCode('K7QM3XPT2D9F', true)).toBe(true);
    expect(looksLikeCode('K7QM3XPT2D9O', true)).toBe(false);
  });
});
