import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { readCookie } from '@/lib/api/middleware';
import type { components } from '@/lib/api/schema';

export type PasswordLinkOwner = components['schemas']['PasswordLinkOwner'];

/** `POST /api/auth/password-link/verify`: whose link it is (the token goes in the body). */
export async function verifyPasswordLink(token: string): Promise<PasswordLinkOwner> {
  // A POST needs the XSRF-TOKEN cookie first, which any answer of the API hands out.
  if (readCookie('XSRF-TOKEN') === undefined) await api.GET('/api/auth/me');
  return unwrap(await api.POST('/api/auth/password-link/verify', { body: { token } }));
}

export function useVerifyPasswordLink(token: string, enabled: boolean) {
  return useQuery({
    // Keyed by nothing secret: the token stays out of the query cache's keys.
    queryKey: ['password-link'],
    queryFn: () => verifyPasswordLink(token),
    enabled,
    retry: false,
    gcTime: 0,
  });
}
