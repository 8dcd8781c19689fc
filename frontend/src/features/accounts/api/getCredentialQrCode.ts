import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type CredentialRef = { accountId: string; credentialId: string };

/**
 * `GET /api/accounts/{id}/credentials/{credentialId}/qr`: the PNG QR code of a live QR credential
 * (409 when it is not live). It holds a secret: fetched with the session, shown as an object URL.
 */
export async function getCredentialQrCode({ accountId, credentialId }: CredentialRef) {
  const result = await api.GET('/api/accounts/{id}/credentials/{credentialId}/qr', {
    params: { path: { id: accountId, credentialId } },
    headers: { Accept: 'image/png' },
    parseAs: 'blob',
  });
  return unwrap(result) as unknown as Blob;
}

/** The QR code while it is shown: fetched once (each fetch is audited), dropped when hidden. */
export function useCredentialQrCode(ref: CredentialRef) {
  return useQuery({
    // Outside the accounts key, so that saving the account does not fetch the secret again.
    queryKey: ['credentialQrCode', ref.accountId, ref.credentialId],
    queryFn: () => getCredentialQrCode(ref),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
