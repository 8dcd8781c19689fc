import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { accountsKey } from './listAccounts';

/** `GET /api/accounts/classes`: the students' class names, sorted. */
export async function listClasses(): Promise<string[]> {
  return unwrap(await api.GET('/api/accounts/classes'));
}

export function useClasses({ enabled = true } = {}) {
  return useQuery({ queryKey: [...accountsKey, 'classes'], queryFn: listClasses, enabled });
}
