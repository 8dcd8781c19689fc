import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { apiKeysKey } from './listApiKeys';

export type ApiKeyInput = components['schemas']['ApiKeyInput'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];

/** `POST /api/api-keys`: the answer carries the secret `key`, this once. */
export async function createApiKey(body: ApiKeyInput): Promise<CreatedApiKey> {
  return unwrap(await api.POST('/api/api-keys', { body }));
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    // Once reset, the answer (and its secret) leaves the mutation cache at once.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
