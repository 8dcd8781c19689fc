import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type PasswordChange = components['schemas']['PasswordChange'];

/** `POST /api/auth/password`: a recipient changes their password. */
export async function changeMyPassword(body: PasswordChange): Promise<void> {
  unwrap(await api.POST('/api/auth/password', { body }));
}

export function useChangeMyPassword() {
  return useMutation({ mutationFn: changeMyPassword });
}
