import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyScope = components['schemas']['ApiKeyScope'];

export const apiKeysKey = ['api-keys'] as const;

/** `GET /api/api-keys`: every key (revoked and expired too), newest first, never its secret. */
export async function listApiKeys(): Promise<ApiKey[]> {
  return unwrap(await api.GET('/api/api-keys'));
}

export function useApiKeys() {
  return useQuery({ queryKey: apiKeysKey, queryFn: listApiKeys });
}
