import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { webhooksKey } from './listWebhooks';

export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];

export const deliveriesPageSize = 50;

/** `GET /api/webhooks/{id}/deliveries`: one page of the delivery log, newest first. */
export async function listWebhookDeliveries(
  id: string,
  page: number,
): Promise<WebhookDeliveryPage> {
  return unwrap(
    await api.GET('/api/webhooks/{id}/deliveries', {
      params: { path: { id }, query: { page, size: deliveriesPageSize } },
    }),
  );
}

export function useWebhookDeliveries(id: string, page: number) {
  return useQuery({
    queryKey: [...webhooksKey, 'deliveries', id, page],
    queryFn: () => listWebhookDeliveries(id, page),
    placeholderData: keepPreviousData,
  });
}
