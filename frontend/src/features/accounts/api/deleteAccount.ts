import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { accountsKey } from './listAccounts';

/** `DELETE /api/accounts/{id}`: deletes an account and its parent/child links. */
export async function deleteAccount(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/accounts/{id}', { params: { path: { id } } }));
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}
