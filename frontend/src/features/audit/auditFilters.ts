import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditExportQuery } from './api/exportAuditEvents';

/** The journal's filters, kept in the URL query; `from` and `to` as a datetime-local input writes them. */
export type AuditFilters = {
  actor: string;
  action: string;
  accountId: string;
  sendId: string;
  from: string;
  to: string;
  page: number;
};

const textFields = ['actor', 'action', 'accountId', 'sendId', 'from', 'to'] as const;

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const filters = { page: Number.isFinite(page) && page > 0 ? page : 0 } as AuditFilters;
  for (const field of textFields) filters[field] = params.get(field) ?? '';
  return filters;
}

/** A local date and time (« 2026-11-25T09:00 ») as the API's instant, or nothing. */
function instant(local: string): string | undefined {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** The API query of the filters (for the list, add page and size; the export takes it as is). */
export function toAuditQuery(filters: AuditFilters): AuditExportQuery {
  return {
    actor: filters.actor.trim() || undefined,
    action: filters.action || undefined,
    accountId: filters.accountId.trim() || undefined,
    sendId: filters.sendId.trim() || undefined,
    from: instant(filters.from),
    to: instant(filters.to),
  };
}

/** Reads the filters from the URL; `update` changes some and goes back to the first page. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readAuditFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<AuditFilters>) =>
      setParams((current) => {
        const next = { ...readAuditFilters(current), page: 0, ...patch };
        const search = new URLSearchParams();
        for (const field of textFields) if (next[field]) search.set(field, next[field]);
        if (next.page > 0) search.set('page', String(next.page));
        return search;
      }),
    [setParams],
  );
  return [filters, update] as const;
}
