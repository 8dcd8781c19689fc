import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { templateKey } from './getTemplate';

export type TemplateVersion = components['schemas']['TemplateVersion'];

export const versionsKey = (id: string) => [...templateKey(id), 'versions'] as const;

/** `GET /api/templates/{id}/versions`: every saved version, newest first, without bodies. */
export async function listTemplateVersions(id: string): Promise<TemplateVersion[]> {
  return unwrap(await api.GET('/api/templates/{id}/versions', { params: { path: { id } } }));
}

export function useTemplateVersions(id: string) {
  return useQuery({ queryKey: versionsKey(id), queryFn: () => listTemplateVersions(id) });
}
