import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type SendPage = components['schemas']['SendPage'];

export const sendsKey = ['sends'] as const;

/** `GET /api/sends`: the history, newest first. */
export async function listSends(page: number): Promise<SendPage> {
  return unwrap(await api.GET('/api/sends', { params: { query: { page, size: 20 } } }));
}

export function useSends(page = 0) {
  return useQuery({ queryKey: [...sendsKey, 'list', page], queryFn: () => listSends(page) });
}
