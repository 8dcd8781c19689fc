import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { identityKey, type Identity } from './getIdentity';

export type IdentityInput = components['schemas']['IdentityInput'];

/** `PUT /api/identity`: replaces name, UAI, address and public URL. */
export async function updateIdentity(body: IdentityInput): Promise<Identity> {
  return unwrap(await api.PUT('/api/identity', { body }));
}

export function useUpdateIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIdentity,
    onSuccess: (identity) => queryClient.setQueryData(identityKey, identity),
  });
}
