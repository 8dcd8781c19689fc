import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { templateKey } from './getTemplate';
import { templatesKey, type Template } from './listTemplates';

/** `POST /api/templates/{id}/restore`: a customised original gets its shipped text back. */
export async function restoreTemplate(id: string): Promise<Template> {
  return unwrap(await api.POST('/api/templates/{id}/restore', { params: { path: { id } } }));
}

export function useRestoreTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreTemplate,
    onSuccess: (restored) => {
      queryClient.setQueryData(templateKey(restored.id), restored);
      return queryClient.invalidateQueries({ queryKey: templatesKey });
    },
  });
}
