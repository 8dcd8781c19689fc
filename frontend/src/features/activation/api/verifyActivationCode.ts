import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type VerifyRequest = components['schemas']['VerifyRequest'];
export type Verified = components['schemas']['Verified'];

/** `POST /api/activation/verify`: the letter's code; opens the session that sets the password. */
export async function verifyActivationCode(body: VerifyRequest): Promise<Verified> {
  return unwrap(await api.POST('/api/activation/verify', { body }));
}

export function useVerifyActivationCode() {
  return useMutation({ mutationFn: verifyActivationCode });
}
