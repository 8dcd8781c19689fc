import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { templatesKey, type Template } from './listTemplates';

/** `POST /api/templates/{id}/duplicate`: a copy « Copie de … », the school's own, at version 1. */
export async function duplicateTemplate(id: string): Promise<Template> {
  return unwrap(await api.POST('/api/templates/{id}/duplicate', { params: { path: { id } } }));
}

export function useDuplicateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: duplicateTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}
