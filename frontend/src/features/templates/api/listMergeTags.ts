import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { templatesKey } from './listTemplates';

export type MergeTag = components['schemas']['MergeTag'];
export type MergeTagGroup = MergeTag['group'];

/** `GET /api/templates/tags`: every merge tag, where it may be used, and an example value. */
export async function listMergeTags(): Promise<MergeTag[]> {
  return unwrap(await api.GET('/api/templates/tags'));
}

export function useMergeTags() {
  return useQuery({
    queryKey: [...templatesKey, 'tags'],
    queryFn: listMergeTags,
    staleTime: Infinity,
  });
}
