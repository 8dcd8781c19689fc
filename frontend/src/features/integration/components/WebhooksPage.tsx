import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SecretOnce } from '@/components/SecretOnce';
import { usePageTitle } from '@/components/usePageTitle';
import { useWebhooks } from '../api/listWebhooks';
import { WebhookForm } from './WebhookForm';
import { WebhooksTable } from './WebhooksTable';

/** « Paramètres › Webhooks »: register one (its signing secret shown once), list, delete. */
export function WebhooksPage() {
  const { t } = useTranslation();
  usePageTitle(t('integration.webhooks.title'));
  const webhooks = useWebhooks();
  // The new webhook's signing secret, until the administrator closes it.
  const [secret, setSecret] = useState<string>();
  const [closed, setClosed] = useState(false);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/settings">{t('nav.settings')}</Link>
      </p>
      <h1>{t('integration.webhooks.title')}</h1>
      <p className="advice">{t('integration.webhooks.intro')}</p>
      {secret ? (
        <SecretOnce
          title={t('integration.webhooks.createdTitle')}
          label={t('integration.webhooks.secret')}
          secret={secret}
          onClose={() => {
            setSecret(undefined);
            setClosed(true);
          }}
        >
          <SignatureHelp />
        </SecretOnce>
      ) : (
        <WebhookForm onCreated={(created) => setSecret(created.secret)} focusTitle={closed} />
      )}
      <section aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">{t('integration.webhooks.listTitle')}</h2>
        {webhooks.isPending && <p role="status">{t('app.loading')}</p>}
        <ProblemAlert error={webhooks.error} />
        {webhooks.data && <WebhooksTable webhooks={webhooks.data} />}
      </section>
    </>
  );
}

/** How the receiver checks that a delivery comes from Sésame. */
function SignatureHelp() {
  const { t } = useTranslation();
  return (
    <div className="advice">
      <p>{t('integration.webhooks.signatureIntro')}</p>
      <pre className="code-sample">Sesame-Signature: t=1764072000,v1=5f2b…c9</pre>
      <p>{t('integration.webhooks.signatureCheck')}</p>
    </div>
  );
}
