import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Webhook = components['schemas']['Webhook'];
export type WebhookEvent = components['schemas']['WebhookEvent'];

export const webhooksKey = ['webhooks'] as const;

/** `GET /api/webhooks`: the registered webhooks, without their secrets. */
export async function listWebhooks(): Promise<Webhook[]> {
  return unwrap(await api.GET('/api/webhooks'));
}

export function useWebhooks() {
  return useQuery({ queryKey: webhooksKey, queryFn: listWebhooks });
}
