import { useQuery } from '@tanstack/react-query';
import { accountsKey, type AccountKind } from '@/features/accounts';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ActivationSummaryRow = components['schemas']['ActivationSummaryRow'];

/** `GET /api/accounts/activation-summary`: who has not activated yet, per audience and class. */
export async function getActivationSummary(kind?: AccountKind): Promise<ActivationSummaryRow[]> {
  return unwrap(await api.GET('/api/accounts/activation-summary', { params: { query: { kind } } }));
}

// Under the accounts' key: a change to accounts (or their letters) makes it stale.
export function useActivationSummary(kind?: AccountKind) {
  return useQuery({
    queryKey: [...accountsKey, 'activation-summary', kind ?? ''],
    queryFn: () => getActivationSummary(kind),
  });
}
