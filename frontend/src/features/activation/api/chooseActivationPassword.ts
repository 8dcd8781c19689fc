import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** `POST /api/activation/password`: sets the password and uses the letter up. */
export async function chooseActivationPassword(password: string): Promise<void> {
  unwrap(await api.POST('/api/activation/password', { body: { password } }));
}

export function useChooseActivationPassword() {
  return useMutation({ mutationFn: chooseActivationPassword });
}
