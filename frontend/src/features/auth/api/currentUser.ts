import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type CurrentUser = components['schemas']['CurrentUser'];

export const currentUserKey = ['auth', 'me'] as const;

/** `GET /api/auth/me`: who is signed in; rejects with a 401 ApiError when nobody is. */
export async function getCurrentUser(): Promise<CurrentUser> {
  return unwrap(await api.GET('/api/auth/me'));
}

export function useCurrentUser() {
  return useQuery({ queryKey: currentUserKey, queryFn: getCurrentUser });
}
