import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TemplateInput } from './createTemplate';
import { templateKey } from './getTemplate';
import { templatesKey, type Template } from './listTemplates';

/** `PUT /api/templates/{id}`: saves a new version; an original becomes « customised ». */
export async function updateTemplate({
  id,
  body,
}: {
  id: string;
  body: TemplateInput;
}): Promise<Template> {
  return unwrap(await api.PUT('/api/templates/{id}', { params: { path: { id } }, body }));
}

export function useUpdateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTemplate,
    onSuccess: (saved) => {
      queryClient.setQueryData(templateKey(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: templatesKey });
    },
  });
}
