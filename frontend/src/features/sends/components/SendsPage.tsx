import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/PlaceholderPage';
import { PublicUrlMissingWarning } from '@/features/settings/components/PublicUrlMissingWarning';

export function SendsPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage title={t('nav.sends')}>
      <PublicUrlMissingWarning />
    </PlaceholderPage>
  );
}
