import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type {
  AccountKind,
  AccountListQuery,
  ConnectionMode,
  PasswordState,
  AccountStatus,
} from './api/listAccounts';

export const kinds: AccountKind[] = ['STUDENT', 'PARENT', 'TEACHER', 'STAFF', 'INSPECTOR'];
export const connectionModes: ConnectionMode[] = ['DIRECT', 'ENT'];
export const passwordStates: PasswordState[] = ['NONE', 'PROVISIONAL', 'PERSONALISED'];
export const statuses: AccountStatus[] = ['ACTIVE', 'LEFT'];
export const pageSizes = [25, 50, 100, 200];
export const defaultSort = 'lastName,asc';

/** The list's state, all of it kept in the URL query so a reload or a shared link keeps it. */
export type AccountFilters = {
  kind: AccountKind;
  q: string;
  className: string;
  connectionMode: ConnectionMode | '';
  passwordState: PasswordState | '';
  hasEmail: '' | 'true' | 'false';
  status: AccountStatus | '';
  page: number;
  size: number;
  sort: string;
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function count(value: string | null, fallback: number): number {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) && number >= 0 ? number : fallback;
}

export function readFilters(params: URLSearchParams): AccountFilters {
  return {
    kind: oneOf(params.get('kind'), kinds) ?? 'STUDENT',
    q: params.get('q') ?? '',
    className: params.get('className') ?? '',
    connectionMode: oneOf(params.get('connectionMode'), connectionModes) ?? '',
    passwordState: oneOf(params.get('passwordState'), passwordStates) ?? '',
    hasEmail: oneOf(params.get('hasEmail'), ['true', 'false'] as const) ?? '',
    status: oneOf(params.get('status'), statuses) ?? '',
    page: count(params.get('page'), 0),
    size: oneOf(params.get('size'), pageSizes.map(String)) ? count(params.get('size'), 50) : 50,
    sort: params.get('sort') ?? defaultSort,
  };
}

/** The API query of the filters: empty choices are left out; the class only for students. */
export function toQuery(filters: AccountFilters): AccountListQuery {
  return {
    kind: filters.kind,
    q: filters.q.trim() || undefined,
    className: (filters.kind === 'STUDENT' && filters.className) || undefined,
    connectionMode: filters.connectionMode || undefined,
    passwordState: filters.passwordState || undefined,
    hasEmail: filters.hasEmail === '' ? undefined : filters.hasEmail === 'true',
    status: filters.status || undefined,
    page: filters.page,
    size: filters.size,
    sort: filters.sort,
  };
}

const defaults = readFilters(new URLSearchParams());

/** Reads the filters from the URL; `update` changes some and goes back to the first page. */
export function useAccountFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<AccountFilters>) =>
      setParams(
        (current) => {
          const next = { ...readFilters(current), page: 0, ...patch };
          const search = new URLSearchParams();
          for (const [name, value] of Object.entries(next)) {
            if (value !== defaults[name as keyof AccountFilters] || name === 'kind') {
              search.set(name, String(value));
            }
          }
          return search;
        },
        { replace: 'q' in patch },
      ),
    [setParams],
  );
  return [filters, update] as const;
}
