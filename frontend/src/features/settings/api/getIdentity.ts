import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Identity = components['schemas']['Identity'];

export const identityKey = ['identity'] as const;

/** `GET /api/identity`: name, UAI, address, logo and public URL of the establishment. */
export async function getIdentity(): Promise<Identity> {
  return unwrap(await api.GET('/api/identity'));
}

export function useIdentity() {
  return useQuery({ queryKey: identityKey, queryFn: getIdentity });
}
