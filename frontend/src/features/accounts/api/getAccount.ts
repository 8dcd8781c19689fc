import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { accountsKey, type Account } from './listAccounts';

export const accountKey = (id: string) => [...accountsKey, 'one', id] as const;

/** `GET /api/accounts/{id}`: one account. */
export async function getAccount(id: string): Promise<Account> {
  return unwrap(await api.GET('/api/accounts/{id}', { params: { path: { id } } }));
}

export function useAccount(id: string | undefined) {
  return useQuery({
    queryKey: accountKey(id ?? ''),
    queryFn: () => getAccount(id ?? ''),
    enabled: id !== undefined,
  });
}

/** Several accounts by id, e.g. a parent's children. */
export function useAccountsById(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: accountKey(id), queryFn: () => getAccount(id) })),
  });
}
