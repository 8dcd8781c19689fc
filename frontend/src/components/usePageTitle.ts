import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "<page> · Sésame" while the page is shown. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${page} · ${appName}`;
  }, [page, appName]);
}
