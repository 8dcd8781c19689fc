import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/PlaceholderPage';

export function TemplatesPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.templates')} />;
}
