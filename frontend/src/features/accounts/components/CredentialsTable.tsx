import { useTranslation } from 'react-i18next';
import type { Credential } from '../api/listCredentials';
import { formatDate } from '@/lib/format';
import { credentialStateLabel, credentialVariantLabel } from '../labels';

// The states in which a letter still works (or may): what « Révoquer » would stop.
export const LIVE = new Set(['ISSUED', 'DELIVERED', 'OPENED', 'CODE_VERIFIED']);

/** The letters issued to an account, newest first. */
export function CredentialsTable({
  accountId,
  credentials,
}: {
  accountId: string;
  credentials: Credential[];
}) {
  const { t, i18n } = useTranslation();
  if (credentials.length === 0) return <p>{t('accounts.credentials.empty')}</p>;
  return (
    <table className="table">
      <caption>{t('accounts.credentials.tableLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('accounts.credentials.issuedAt')}</th>
          <th scope="col">{t('accounts.credentials.expiresAt')}</th>
          <th scope="col">{t('accounts.credentials.variantColumn')}</th>
          <th scope="col">{t('accounts.credentials.stateColumn')}</th>
          <th scope="col">{t('accounts.credentials.letterColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {credentials.map((credential) => (
          <tr key={credential.id}>
            <td>{formatDate(credential.issuedAt, i18n.language)}</td>
            <td>{formatDate(credential.expiresAt, i18n.language)}</td>
            <td>{credentialVariantLabel(t, credential.variant)}</td>
            <td>{credentialStateLabel(t, credential.state)}</td>
            <td>
              {LIVE.has(credential.state) && (
                <a
                  href={`/api/accounts/${accountId}/credentials/${credential.id}/letter`}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('accounts.credentials.printLetterLabel', {
                    date: formatDate(credential.issuedAt, i18n.language),
                  })}
                >
                  {t('accounts.credentials.printLetter')}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
