import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BulkResult } from './bulkUpdateAccounts';
import { credentialsKey } from './listCredentials';

/** `POST /api/accounts/{id}/credentials/revoke`: revokes every letter that could still be used. */
export async function revokeCredentials(accountId: string): Promise<BulkResult> {
  return unwrap(
    await api.POST('/api/accounts/{id}/credentials/revoke', {
      params: { path: { id: accountId } },
    }),
  );
}

export function useRevokeCredentials() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCredentials,
    onSuccess: (_result, accountId) =>
      queryClient.invalidateQueries({ queryKey: credentialsKey(accountId) }),
  });
}
