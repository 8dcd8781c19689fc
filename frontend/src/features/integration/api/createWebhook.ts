import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { webhooksKey } from './listWebhooks';

export type WebhookInput = components['schemas']['WebhookInput'];
export type CreatedWebhook = components['schemas']['CreatedWebhook'];

/** `POST /api/webhooks`: the answer carries the signing `secret`, this once. */
export async function createWebhook(body: WebhookInput): Promise<CreatedWebhook> {
  return unwrap(await api.POST('/api/webhooks', { body }));
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    // Once reset, the answer (and its secret) leaves the mutation cache at once.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}
