import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The page shown, from 0. */
  page: number;
  size: number;
  /** How many items this page holds. */
  shown: number;
  /** Items on all pages; undefined while the first page loads. */
  total: number | undefined;
  isLoading?: boolean;
  onPage: (page: number) => void;
};

/** « 1–50 sur 1 234 » (announced) with previous/next page, for lists the API pages. */
export function Pager({ page, size, shown, total, isLoading = false, onPage }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'fr');
  const first = page * size;
  const status =
    total === undefined
      ? t('app.loading')
      : total === 0
        ? t('pager.none')
        : t('pager.range', {
            first: number.format(first + 1),
            last: number.format(Math.min(first + shown, total)),
            total: number.format(total),
          });
  return (
    <div className="pagination">
      <p role="status" className="results" aria-busy={isLoading}>
        {status}
      </p>
      <Button
        className="button button-quiet"
        isDisabled={page === 0}
        onPress={() => onPage(page - 1)}
      >
        {t('pager.previous')}
      </Button>
      <Button
        className="button button-quiet"
        isDisabled={total === undefined || first + size >= total}
        onPress={() => onPage(page + 1)}
      >
        {t('pager.next')}
      </Button>
    </div>
  );
}
