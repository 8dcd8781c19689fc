import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { templatesKey, type Template } from './listTemplates';

export const templateKey = (id: string) => [...templatesKey, 'one', id] as const;

/** `GET /api/templates/{id}`: one template with its current body. */
export async function getTemplate(id: string): Promise<Template> {
  return unwrap(await api.GET('/api/templates/{id}', { params: { path: { id } } }));
}

export function useTemplate(id: string) {
  return useQuery({ queryKey: templateKey(id), queryFn: () => getTemplate(id) });
}
