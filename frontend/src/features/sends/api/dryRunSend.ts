import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type SendRequest = components['schemas']['SendRequest'];
export type DryRun = components['schemas']['DryRun'];

/** `POST /api/sends/dry-run`: what a send would do; nothing is issued. */
export async function dryRunSend(body: SendRequest): Promise<DryRun> {
  return unwrap(await api.POST('/api/sends/dry-run', { body }));
}

export function useDryRunSend() {
  return useMutation({ mutationFn: dryRunSend });
}
