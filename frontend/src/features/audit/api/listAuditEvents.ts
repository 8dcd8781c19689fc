import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditEventPage = components['schemas']['AuditEventPage'];
export type AuditEventQuery = NonNullable<paths['/api/audit-events']['get']['parameters']['query']>;

export const auditPageSize = 50;

/** `GET /api/audit-events`: one page of the journal, newest first, filtered. */
export async function listAuditEvents(query: AuditEventQuery): Promise<AuditEventPage> {
  return unwrap(await api.GET('/api/audit-events', { params: { query } }));
}

export function useAuditEvents(query: AuditEventQuery) {
  return useQuery({
    queryKey: ['audit-events', query],
    queryFn: () => listAuditEvents(query),
    placeholderData: keepPreviousData,
  });
}
