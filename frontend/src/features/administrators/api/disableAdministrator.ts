import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { administratorsKey, type Administrator } from './listAdministrators';

/** `POST /api/administrators/{id}/disable`: they are signed out at once and cannot sign in. */
export async function disableAdministrator(id: string): Promise<Administrator> {
  return unwrap(await api.POST('/api/administrators/{id}/disable', { params: { path: { id } } }));
}

export function useDisableAdministrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableAdministrator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: administratorsKey }),
  });
}
