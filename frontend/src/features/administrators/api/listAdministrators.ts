import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Administrator = components['schemas']['Administrator'];
export type AdministratorPage = components['schemas']['AdministratorPage'];

export const administratorsKey = ['administrators'] as const;
export const pageSize = 50;

/** `GET /api/administrators`: a page of administrators, active ones first. */
export async function listAdministrators(page: number): Promise<AdministratorPage> {
  return unwrap(
    await api.GET('/api/administrators', { params: { query: { page, size: pageSize } } }),
  );
}

export function useAdministrators(page: number) {
  return useQuery({
    queryKey: [...administratorsKey, page],
    queryFn: () => listAdministrators(page),
    placeholderData: keepPreviousData,
  });
}
