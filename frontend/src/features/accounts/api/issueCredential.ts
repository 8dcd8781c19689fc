import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { credentialsKey, type Credential } from './listCredentials';

export type IssueCredentialRequest = components['schemas']['IssueCredentialRequest'];

/**
 * `POST /api/accounts/{id}/credentials`: issues a new letter credential (front desk) and revokes
 * the older ones. 409 `not-eligible` (with `reason`) or `public-url-missing`.
 */
export async function issueCredential({
  accountId,
  body,
}: {
  accountId: string;
  body: IssueCredentialRequest;
}): Promise<Credential> {
  return unwrap(
    await api.POST('/api/accounts/{id}/credentials', { params: { path: { id: accountId } }, body }),
  );
}

export function useIssueCredential() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueCredential,
    onSuccess: (credential) =>
      queryClient.invalidateQueries({ queryKey: credentialsKey(credential.accountId) }),
  });
}
