import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { versionsKey, type TemplateVersion } from './listTemplateVersions';

/** `GET /api/templates/{id}/versions/{version}`: one version with its body. */
export async function getTemplateVersion(id: string, version: number): Promise<TemplateVersion> {
  return unwrap(
    await api.GET('/api/templates/{id}/versions/{version}', {
      params: { path: { id, version } },
    }),
  );
}

export function useTemplateVersion(id: string, version: number | undefined) {
  return useQuery({
    queryKey: [...versionsKey(id), version],
    queryFn: () => getTemplateVersion(id, version ?? 0),
    enabled: version !== undefined,
    staleTime: Infinity,
  });
}
