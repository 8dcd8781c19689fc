import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { administratorsKey } from './listAdministrators';

export type AdministratorInput = components['schemas']['AdministratorInput'];
export type Invitation = components['schemas']['Invitation'];

/** `POST /api/administrators`: the answer carries the one-time link, this once. */
export async function inviteAdministrator(body: AdministratorInput): Promise<Invitation> {
  return unwrap(await api.POST('/api/administrators', { body }));
}

export function useInviteAdministrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteAdministrator,
    // Once reset, the answer (and its link) leaves the mutation cache at once.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: administratorsKey }),
  });
}
