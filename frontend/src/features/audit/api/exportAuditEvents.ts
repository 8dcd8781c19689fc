import type { paths } from '@/lib/api/schema';

export type AuditExportQuery = NonNullable<
  paths['/api/audit-events/export']['get']['parameters']['query']
>;

/**
 * `GET /api/audit-events/export`: the CSV of the events matching the filters. The browser
 * downloads it through a plain link (the session cookie goes with it): this only builds the address.
 */
export function exportAuditEventsUrl(query: AuditExportQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `/api/audit-events/export${search ? `?${search}` : ''}`;
}
