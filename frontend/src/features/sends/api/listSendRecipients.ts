import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { sendsKey } from './listSends';

export type SendRecipient = components['schemas']['SendRecipient'];
export type SendRecipientPage = components['schemas']['SendRecipientPage'];

export const recipientsPageSize = 100;
export const recipientsKey = (id: string) => [...sendsKey, 'recipients', id] as const;

/** `GET /api/sends/{id}/recipients`: each letter's state, in print order. */
export async function listSendRecipients(id: string, page: number): Promise<SendRecipientPage> {
  return unwrap(
    await api.GET('/api/sends/{id}/recipients', {
      params: { path: { id }, query: { page, size: recipientsPageSize } },
    }),
  );
}

/** While the send runs, read again every 2 s at most (however often its progress changes). */
export function useSendRecipients(id: string, page = 0, running = false) {
  return useQuery({
    queryKey: [...recipientsKey(id), page],
    queryFn: () => listSendRecipients(id, page),
    placeholderData: keepPreviousData,
    refetchInterval: running ? 2000 : false,
  });
}
