import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { identityKey } from './getIdentity';

/** `DELETE /api/identity/logo`: removes the logo (if any). */
export async function deleteLogo(): Promise<void> {
  unwrap(await api.DELETE('/api/identity/logo'));
}

export function useDeleteLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLogo,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKey }),
  });
}
