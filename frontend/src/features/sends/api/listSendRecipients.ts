import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { sendsKey } from './listSends';

export type SendRecipientPage = components['schemas']['SendRecipientPage'];

/** `GET /api/sends/{id}/recipients`: each letter's state, in print order. */
export async function listSendRecipients(id: string, page: number): Promise<SendRecipientPage> {
  return unwrap(
    await api.GET('/api/sends/{id}/recipients', {
      params: { path: { id }, query: { page, size: 100 } },
    }),
  );
}

export function useSendRecipients(id: string, page = 0, running = false) {
  return useQuery({
    queryKey: [...sendsKey, 'recipients', id, page],
    queryFn: () => listSendRecipients(id, page),
    placeholderData: keepPreviousData,
    refetchInterval: running ? 2000 : false,
  });
}
