import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { webhooksKey } from './listWebhooks';

/** `DELETE /api/webhooks/{id}`: no more deliveries to it, pending ones included. */
export async function deleteWebhook(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/webhooks/{id}', { params: { path: { id } } }));
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}
