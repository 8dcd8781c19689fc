import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { apiKeysKey } from './listApiKeys';

/** `DELETE /api/api-keys/{id}`: the key stops working at once. */
export async function revokeApiKey(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/api-keys/{id}', { params: { path: { id } } }));
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
