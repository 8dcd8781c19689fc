import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { administratorsKey, type Administrator } from './listAdministrators';

/** `POST /api/administrators/{id}/enable`: they may sign in again. */
export async function enableAdministrator(id: string): Promise<Administrator> {
  return unwrap(await api.POST('/api/administrators/{id}/enable', { params: { path: { id } } }));
}

export function useEnableAdministrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableAdministrator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: administratorsKey }),
  });
}
