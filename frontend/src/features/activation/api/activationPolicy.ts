import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ActivationPolicy = components['schemas']['ActivationPolicy'];

/** `GET /api/activation/policy`: the rules to show; also hands out the CSRF cookie. */
export async function getActivationPolicy(): Promise<ActivationPolicy> {
  return unwrap(await api.GET('/api/activation/policy'));
}

export function useActivationPolicy() {
  return useQuery({ queryKey: ['activation', 'policy'], queryFn: getActivationPolicy });
}
