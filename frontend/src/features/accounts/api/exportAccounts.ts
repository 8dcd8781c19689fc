import type { paths } from '@/lib/api/schema';

export type AccountExportQuery = NonNullable<
  paths['/api/accounts/export']['get']['parameters']['query']
>;

/**
 * `GET /api/accounts/export`: the CSV of the accounts matching the filters. The browser downloads
 * it through a plain link (the session cookie goes with it), so this only builds the address.
 */
export function exportAccountsUrl(query: AccountExportQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `/api/accounts/export${search ? `?${search}` : ''}`;
}
