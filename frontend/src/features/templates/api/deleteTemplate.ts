import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { templatesKey } from './listTemplates';

/** `DELETE /api/templates/{id}`: the school's own templates only (an original answers 409). */
export async function deleteTemplate(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/templates/{id}', { params: { path: { id } } }));
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}
