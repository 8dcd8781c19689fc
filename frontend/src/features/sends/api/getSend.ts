import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Send } from './createSend';
import { sendsKey } from './listSends';

/** `GET /api/sends/{id}`: a send's state and counts. */
export async function getSend(id: string): Promise<Send> {
  return unwrap(await api.GET('/api/sends/{id}', { params: { path: { id } } }));
}

export function useSend(id: string) {
  return useQuery({ queryKey: [...sendsKey, 'one', id], queryFn: () => getSend(id) });
}
