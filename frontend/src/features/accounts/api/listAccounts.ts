import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema';

export type Account = components['schemas']['Account'];
export type AccountPage = components['schemas']['AccountPage'];
export type AccountKind = components['schemas']['AccountKind'];
export type ConnectionMode = components['schemas']['ConnectionMode'];
export type PasswordState = components['schemas']['PasswordState'];
export type AccountStatus = components['schemas']['AccountStatus'];
export type AccountListQuery = NonNullable<paths['/api/accounts']['get']['parameters']['query']>;

export const accountsKey = ['accounts'] as const;

/** `GET /api/accounts`: one page of accounts matching the filters, with the total. */
export async function listAccounts(query: AccountListQuery): Promise<AccountPage> {
  return unwrap(await api.GET('/api/accounts', { params: { query } }));
}

export function useAccounts(query: AccountListQuery, { enabled = true } = {}) {
  return useQuery({
    queryKey: [...accountsKey, 'list', query],
    queryFn: () => listAccounts(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}
