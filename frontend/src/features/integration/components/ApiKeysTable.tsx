import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate, formatDateTime } from '@/lib/format';
import type { ApiKey } from '../api/listApiKeys';
import { useRevokeApiKey } from '../api/revokeApiKey';
import { apiKeyState, scopeLabel } from '../labels';

/** The keys: what each may do, until when, when it was last used, and its state. */
export function ApiKeysTable({ keys }: { keys: ApiKey[] }) {
  const { t, i18n } = useTranslation();
  if (keys.length === 0) return <p>{t('integration.apiKeys.none')}</p>;
  return (
    <table className="table">
      <caption>{t('integration.apiKeys.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('integration.apiKeys.name')}</th>
          <th scope="col">{t('integration.apiKeys.prefix')}</th>
          <th scope="col">{t('integration.apiKeys.scopes')}</th>
          <th scope="col">{t('integration.apiKeys.expiresAt')}</th>
          <th scope="col">{t('integration.apiKeys.lastUsedAt')}</th>
          <th scope="col">{t('integration.apiKeys.state')}</th>
          <th scope="col">{t('integration.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const state = apiKeyState(key);
          return (
            <tr key={key.id}>
              <th scope="row">{key.name}</th>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>
                <ul>
                  {key.scopes.map((scope) => (
                    <li key={scope}>{scopeLabel(t, scope)}</li>
                  ))}
                </ul>
              </td>
              <td>{formatDate(key.expiresAt, i18n.language)}</td>
              <td>
                {key.lastUsedAt
                  ? formatDateTime(key.lastUsedAt, i18n.language)
                  : t('integration.apiKeys.never')}
              </td>
              <td>{t(`integration.apiKeys.states.${state}`)}</td>
              <td>{state === 'active' && <RevokeApiKeyButton apiKey={key} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RevokeApiKeyButton({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();
  return (
    <ConfirmDialog
      trigger={t('integration.apiKeys.revoke')}
      triggerClassName="button button-quiet button-small"
      title={t('integration.apiKeys.revokeTitle', { name: apiKey.name })}
      confirm={t('integration.apiKeys.revokeConfirm')}
      isDanger
      isPending={revoke.isPending}
      onOpenChange={(isOpen) => isOpen && revoke.reset()}
      onConfirm={() =>
        revoke.mutateAsync(apiKey.id).then(
          () => true,
          () => false,
        )
      }
    >
      <p>{t('integration.apiKeys.revokeQuestion', { name: apiKey.name })}</p>
      <ProblemAlert error={revoke.error} />
    </ConfirmDialog>
  );
}
