import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './usePageTitle';

/** A section that exists in the navigation but has no content yet. */
export function PlaceholderPage({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {children}
      <p>{t('placeholder')}</p>
    </>
  );
}
