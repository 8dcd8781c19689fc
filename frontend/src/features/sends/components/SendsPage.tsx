import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/PlaceholderPage';

export function SendsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.sends')} />;
}
