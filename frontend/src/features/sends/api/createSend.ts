import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { SendRequest } from './dryRunSend';
import { sendsKey } from './listSends';

export type Send = components['schemas']['Send'];

/**
 * `POST /api/sends`: issues the letters. The key makes a double click (or a retry after a lost
 * answer) give the same send, not two.
 */
export async function createSend({
  body,
  idempotencyKey,
}: {
  body: SendRequest;
  idempotencyKey: string;
}): Promise<Send> {
  return unwrap(
    await api.POST('/api/sends', {
      body,
      params: { header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export function useCreateSend() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSend,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sendsKey }),
  });
}
