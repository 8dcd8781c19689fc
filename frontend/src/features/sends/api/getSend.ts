import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Send } from './createSend';
import { sendsKey } from './listSends';

export const sendKey = (id: string) => [...sendsKey, 'one', id] as const;

/** A send that has not ended yet: letters are still being made, mailed or printed. */
export const isRunning = (send: Send | undefined) =>
  send?.state === 'RUNNING' || send?.state === 'PENDING';

/** `GET /api/sends/{id}`: a send's state and counts. */
export async function getSend(id: string): Promise<Send> {
  return unwrap(await api.GET('/api/sends/{id}', { params: { path: { id } } }));
}

/** With `poll`, a running send's counts are read again every second (see useLiveSend). */
export function useSend(id: string, { poll = true } = {}) {
  return useQuery({
    queryKey: sendKey(id),
    queryFn: () => getSend(id),
    refetchInterval: (query) => (poll && isRunning(query.state.data) ? 1000 : false),
  });
}
