import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/usePageTitle';
import { PublicUrlMissingWarning } from '@/features/settings/components/PublicUrlMissingWarning';
import { NewSendForm } from './NewSendForm';
import { SendsHistory } from './SendsHistory';

/** « Envois »: a new send, and the history. */
export function SendsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.sends'));
  return (
    <>
      <h1>{t('nav.sends')}</h1>
      <PublicUrlMissingWarning />
      <NewSendForm />
      <SendsHistory />
    </>
  );
}
