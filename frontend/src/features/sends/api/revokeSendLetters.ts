import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountsKey, type BulkResult } from '@/features/accounts';
import { api, unwrap } from '@/lib/api/client';
import { sendsKey } from './listSends';

/** `POST /api/sends/{id}/revoke`: every letter of the send that could still be used is revoked. */
export async function revokeSendLetters(id: string): Promise<BulkResult> {
  return unwrap(await api.POST('/api/sends/{id}/revoke', { params: { path: { id } } }));
}

export function useRevokeSendLetters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSendLetters,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sendsKey }),
        queryClient.invalidateQueries({ queryKey: accountsKey }),
      ]),
  });
}
