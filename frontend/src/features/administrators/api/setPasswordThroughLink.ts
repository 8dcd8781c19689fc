import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type PasswordLinkUse = components['schemas']['PasswordLinkUse'];

/** `POST /api/auth/password-link/use`: sets the password and uses the link up. */
export async function setPasswordThroughLink(body: PasswordLinkUse): Promise<void> {
  unwrap(await api.POST('/api/auth/password-link/use', { body }));
}

export function useSetPasswordThroughLink() {
  return useMutation({ mutationFn: setPasswordThroughLink });
}
