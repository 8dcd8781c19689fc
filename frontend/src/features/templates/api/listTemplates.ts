import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema';

export type Template = components['schemas']['Template'];
export type TemplatePage = components['schemas']['TemplatePage'];
export type TemplateVariant = components['schemas']['TemplateVariant'];
export type TemplateLanguage = components['schemas']['Language'];
export type TemplateListQuery = NonNullable<paths['/api/templates']['get']['parameters']['query']>;

export const templatesKey = ['templates'] as const;

/** `GET /api/templates`: the originals and the school's own templates, filtered, sorted by name. */
export async function listTemplates(query: TemplateListQuery): Promise<TemplatePage> {
  return unwrap(await api.GET('/api/templates', { params: { query } }));
}

export function useTemplates(query: TemplateListQuery) {
  return useQuery({
    queryKey: [...templatesKey, 'list', query],
    queryFn: () => listTemplates(query),
    placeholderData: keepPreviousData,
  });
}
