import type { Location } from 'react-router';

/** What /login receives in its location state when it sends the user back after sign-in. */
export type SignInState = { from: string; sessionExpired?: boolean };

export function pathOf(location: Location): string {
  return `${location.pathname}${location.search}${location.hash}`;
}

export function signInState(location: Location, sessionExpired = false): SignInState {
  return { from: pathOf(location), sessionExpired };
}

export function readSignInState(state: unknown): SignInState {
  const candidate = state as Partial<SignInState> | null;
  const from = candidate?.from;
  const safe = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//');
  return {
    from: safe && !from.startsWith('/login') ? from : '/accounts',
    sessionExpired: candidate?.sessionExpired === true,
  };
}
