import { describe, expect, it } from 'vitest';
import { ApiError, rejectedReasons } from './problem';

const error = (status: number, body: unknown) => new ApiError(new Response(null, { status }), body);

describe('rejectedReasons', () => {
  it('gives the reasons of a refused password', () => {
    const refused = error(422, {
      type: '/problems/password-rejected',
      title: 'Mot de passe refusé',
      status: 422,
      reasons: ['tooShort', 'tooCommon'],
    });
    expect(rejectedReasons(refused)).toEqual(['tooShort', 'tooCommon']);
  });

  it('is undefined for any other problem, or no error', () => {
    const other = error(409, { type: '/problems/conflict', title: 'Conflit', status: 409 });
    expect(rejectedReasons(other)).toBeUndefined();
    expect(rejectedReasons(new Error('réseau'))).toBeUndefined();
    expect(rejectedReasons(null)).toBeUndefined();
  });
});
