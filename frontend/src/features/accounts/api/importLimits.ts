import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ImportLimits = components['schemas']['ImportLimits'];

/** `GET /api/accounts/import/limits`: the largest file and the most rows an import takes. */
export async function getImportLimits() {
  return unwrap<ImportLimits>(await api.GET('/api/accounts/import/limits'));
}

export function useImportLimits() {
  return useQuery({
    queryKey: ['accounts', 'import-limits'],
    queryFn: getImportLimits,
    staleTime: Infinity,
  });
}
