import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AccountInput } from './createAccount';
import { accountsKey, type Account } from './listAccounts';

/** `PUT /api/accounts/{id}`: replaces every field but the password state. */
export async function updateAccount({
  id,
  body,
}: {
  id: string;
  body: AccountInput;
}): Promise<Account> {
  return unwrap(await api.PUT('/api/accounts/{id}', { params: { path: { id } }, body }));
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}
