import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type MyAccount = components['schemas']['MyAccount'];

/** `GET /api/auth/account`: the signed-in recipient's own account. */
export async function getMyAccount(): Promise<MyAccount> {
  return unwrap(await api.GET('/api/auth/account'));
}

export function useMyAccount() {
  return useQuery({ queryKey: ['auth', 'account'], queryFn: getMyAccount });
}
