import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { accountsKey, type Account } from './listAccounts';

export type AccountInput = components['schemas']['AccountInput'];

/** `POST /api/accounts`: creates an account; the login is made from the names when empty. */
export async function createAccount(body: AccountInput): Promise<Account> {
  return unwrap(await api.POST('/api/accounts', { body }));
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}
