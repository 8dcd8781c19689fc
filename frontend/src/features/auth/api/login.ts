import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { currentUserKey, type CurrentUser } from './currentUser';

export type LoginRequest = components['schemas']['LoginRequest'];

/** `POST /api/auth/login`: opens a session. */
export async function login(body: LoginRequest): Promise<CurrentUser> {
  return unwrap(await api.POST('/api/auth/login', { body }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => queryClient.setQueryData(currentUserKey, user),
  });
}
