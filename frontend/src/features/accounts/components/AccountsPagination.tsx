import type { Ref } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/SelectField';
import type { AccountPage } from '../api/listAccounts';
import { pageSizes, type AccountFilters } from '../accountFilters';

type Props = {
  ref: Ref<HTMLParagraphElement>;
  filters: AccountFilters;
  page: AccountPage | undefined;
  isLoading: boolean;
  isError: boolean;
  onChange: (patch: Partial<AccountFilters>) => void;
};

/** « 1–50 sur 1 234 » (announced), previous/next page and page size. */
export function AccountsPagination({ ref, filters, page, isLoading, isError, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'fr');
  const total = page?.total ?? 0;
  const first = filters.page * filters.size;
  const last = Math.min(first + (page?.items.length ?? 0), total);
  const range =
    total === 0
      ? t('accounts.noResults')
      : t('accounts.range', {
          first: number.format(first + 1),
          last: number.format(last),
          total: number.format(total),
        });
  const status = isError ? t('app.loadFailed') : page === undefined ? t('app.loading') : range;

  return (
    <div className="pagination">
      <p ref={ref} tabIndex={-1} role="status" className="results" aria-busy={isLoading}>
        {status}
      </p>
      <Button
        className="button button-quiet"
        isDisabled={filters.page === 0}
        onPress={() => onChange({ page: filters.page - 1 })}
      >
        {t('accounts.previousPage')}
      </Button>
      <Button
        className="button button-quiet"
        isDisabled={first + filters.size >= total}
        onPress={() => onChange({ page: filters.page + 1 })}
      >
        {t('accounts.nextPage')}
      </Button>
      <SelectField
        label={t('accounts.pageSize')}
        value={String(filters.size)}
        onChange={(size) => onChange({ size: Number(size) })}
        options={pageSizes.map((size) => ({ id: String(size), label: String(size) }))}
      />
    </div>
  );
}
