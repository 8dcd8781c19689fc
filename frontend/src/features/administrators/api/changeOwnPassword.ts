import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentUserKey } from '@/features/auth';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type PasswordChange = components['schemas']['PasswordChange'];

/** `POST /api/auth/password`: an administrator's own password; their other sessions end. */
export async function changeOwnPassword(body: PasswordChange): Promise<void> {
  unwrap(await api.POST('/api/auth/password', { body }));
}

export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeOwnPassword,
    // A forced change lifts the session's restriction: the roles change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserKey }),
  });
}
