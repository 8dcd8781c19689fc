import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { templatesKey, type Template } from './listTemplates';

export type TemplateInput = components['schemas']['TemplateInput'];

/** `POST /api/templates`: a new template of the school, as version 1. */
export async function createTemplate(body: TemplateInput): Promise<Template> {
  return unwrap(await api.POST('/api/templates', { body }));
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}
