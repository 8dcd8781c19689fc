import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { accountsKey } from './listAccounts';

export type BulkAction = components['schemas']['BulkAction'];
export type BulkResult = components['schemas']['BulkResult'];

/**
 * `POST /api/accounts/bulk`: changes the connection mode of, deletes, or revokes the usable letters
 * of several accounts at once.
 */
export async function bulkUpdateAccounts(body: BulkAction): Promise<BulkResult> {
  return unwrap(await api.POST('/api/accounts/bulk', { body }));
}

export function useBulkUpdateAccounts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkUpdateAccounts,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}
