import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Send } from './createSend';
import { sendsKey } from './listSends';

/** `GET /api/sends/{id}`: a send's state and counts. */
export async function getSend(id: string): Promise<Send> {
  return unwrap(await api.GET('/api/sends/{id}', { params: { path: { id } } }));
}

/** While the send runs (e-mails leaving), its counts are read again every second. */
export function useSend(id: string) {
  return useQuery({
    queryKey: [...sendsKey, 'one', id],
    queryFn: () => getSend(id),
    refetchInterval: (query) =>
      query.state.data?.state === 'RUNNING' || query.state.data?.state === 'PENDING' ? 1000 : false,
  });
}
