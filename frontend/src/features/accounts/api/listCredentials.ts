import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { accountKey } from './getAccount';

export type Credential = components['schemas']['Credential'];
export type CredentialState = components['schemas']['CredentialState'];
export type CredentialVariant = components['schemas']['TemplateVariant'];

export const credentialsKey = (accountId: string) => [...accountKey(accountId), 'credentials'];

/** `GET /api/accounts/{id}/credentials`: the letters issued to an account, newest first. */
export async function listCredentials(accountId: string): Promise<Credential[]> {
  return unwrap(
    await api.GET('/api/accounts/{id}/credentials', { params: { path: { id: accountId } } }),
  );
}

export function useCredentials(accountId: string) {
  return useQuery({
    queryKey: credentialsKey(accountId),
    queryFn: () => listCredentials(accountId),
  });
}
