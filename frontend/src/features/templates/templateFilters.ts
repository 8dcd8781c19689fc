import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { kinds, type AccountKind } from '@/features/accounts';
import type { TemplateLanguage, TemplateListQuery, TemplateVariant } from './api/listTemplates';

export const variants: TemplateVariant[] = ['QR', 'NO_QR'];
export const templateLanguages: TemplateLanguage[] = ['fr', 'en'];

/** The list's filters, kept in the URL query; '' means any. */
export type TemplateFilters = {
  audience: AccountKind | '';
  variant: TemplateVariant | '';
  language: TemplateLanguage | '';
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.find((candidate) => candidate === value) ?? '';
}

export function readTemplateFilters(params: URLSearchParams): TemplateFilters {
  return {
    audience: oneOf(params.get('audience'), kinds),
    variant: oneOf(params.get('variant'), variants),
    language: oneOf(params.get('language'), templateLanguages),
  };
}

export function toTemplateQuery(filters: TemplateFilters): TemplateListQuery {
  return {
    audience: filters.audience || undefined,
    variant: filters.variant || undefined,
    language: filters.language || undefined,
  };
}

export function useTemplateFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readTemplateFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<TemplateFilters>) =>
      setParams((current) => {
        const next = { ...readTemplateFilters(current), ...patch };
        const search = new URLSearchParams();
        for (const [name, value] of Object.entries(next)) if (value) search.set(name, value);
        return search;
      }),
    [setParams],
  );
  return [filters, update] as const;
}
