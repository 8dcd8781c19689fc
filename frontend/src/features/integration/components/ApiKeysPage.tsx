import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SecretOnce } from '@/components/SecretOnce';
import { usePageTitle } from '@/components/usePageTitle';
import type { CreatedApiKey } from '../api/createApiKey';
import { useApiKeys } from '../api/listApiKeys';
import { ApiKeyForm } from './ApiKeyForm';
import { ApiKeysTable } from './ApiKeysTable';

/** « Paramètres › Accès API »: the keys programs use, a new key (its secret shown once), revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  usePageTitle(t('integration.apiKeys.title'));
  const keys = useApiKeys();
  // The new key's secret, until the administrator closes it; never stored anywhere else.
  const [created, setCreated] = useState<Pick<CreatedApiKey, 'name' | 'key'>>();
  const [closed, setClosed] = useState(false);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/settings">{t('nav.settings')}</Link>
      </p>
      <h1>{t('integration.apiKeys.title')}</h1>
      <p className="advice">{t('integration.apiKeys.intro')}</p>
      {created ? (
        <SecretOnce
          title={t('integration.apiKeys.createdTitle', { name: created.name })}
          label={t('integration.apiKeys.secret')}
          secret={created.key}
          onClose={() => {
            setCreated(undefined);
            setClosed(true);
          }}
        >
          <p>{t('integration.apiKeys.howToUse')}</p>
        </SecretOnce>
      ) : (
        <ApiKeyForm onCreated={({ name, key }) => setCreated({ name, key })} focusTitle={closed} />
      )}
      <section aria-labelledby="api-keys-title">
        <h2 id="api-keys-title">{t('integration.apiKeys.listTitle')}</h2>
        {keys.isPending && <p role="status">{t('app.loading')}</p>}
        <ProblemAlert error={keys.error} />
        {keys.data && <ApiKeysTable keys={keys.data} />}
      </section>
    </>
  );
}
