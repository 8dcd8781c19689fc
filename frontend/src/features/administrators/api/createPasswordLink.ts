import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type PasswordLink = components['schemas']['PasswordLink'];

/** `POST /api/administrators/{id}/password-link`: a new one-time link, shown this once. */
export async function createPasswordLink(id: string): Promise<PasswordLink> {
  return unwrap(
    await api.POST('/api/administrators/{id}/password-link', { params: { path: { id } } }),
  );
}

export function useCreatePasswordLink() {
  return useMutation({ mutationFn: createPasswordLink, gcTime: 0 });
}
