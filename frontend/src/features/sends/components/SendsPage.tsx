import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '@/components/usePageTitle';
import { PublicUrlMissingWarning } from '@/components/PublicUrlMissingWarning';
import { useIdentity } from '@/features/settings';
import { NewSendForm } from './NewSendForm';
import { SendsHistory } from './SendsHistory';

/** « Envois »: a new send, and the history. */
export function SendsPage() {
  const { t } = useTranslation();
  const identity = useIdentity();
  // A new visit (e.g. « Renvoyer une lettre » from a send) starts the wizard again, pre-filled.
  const { key } = useLocation();
  usePageTitle(t('nav.sends'));
  return (
    <>
      <h1>{t('nav.sends')}</h1>
      <PublicUrlMissingWarning identity={identity.data} />
      <p>
        <Link to="/activations">{t('activations.link')}</Link>
      </p>
      <NewSendForm key={key} />
      <SendsHistory />
    </>
  );
}
