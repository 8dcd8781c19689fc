import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/components/usePageTitle';
import { credentialStateLabel, formatDate } from '@/features/accounts/labels';
import type { CredentialState } from '@/features/accounts/api/listCredentials';
import { useSend } from '../api/getSend';
import { useSendRecipients } from '../api/listSendRecipients';

/** One send: its counts, its letters' PDF, and each recipient's letter state. */
export function SendPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const send = useSend(id);
  // Recipients' states change as e-mails leave: read again while the send runs.
  const recipients = useSendRecipients(id, 0, send.data?.state === 'RUNNING');
  usePageTitle(t('sends.one'));

  if (send.isPending) return <p role="status">{t('app.loading')}</p>;
  if (send.isError) return <ProblemAlert error={send.error} />;
  const data = send.data;
  return (
    <>
      <p>
        <Link to="/sends">{t('sends.back')}</Link>
      </p>
      <h1>{t('sends.one')}</h1>
      <dl className="who">
        <dt>{t('sends.date')}</dt>
        <dd>{formatDate(data.createdAt, i18n.language)}</dd>
        <dt>{t('sends.audience')}</dt>
        <dd>{t(`accounts.kinds.${data.audience}`)}</dd>
        <dt>{t('sends.letters')}</dt>
        <dd>{data.toPrint}</dd>
        <dt>{t('sends.skipped')}</dt>
        <dd>{data.skipped}</dd>
      </dl>
      <p>
        <label htmlFor="send-progress">
          {t('sends.progress', { done: data.done, total: data.eligible })}
        </label>{' '}
        <progress id="send-progress" value={data.done} max={Math.max(data.eligible, 1)} />
      </p>
      <p>
        <a
          className="button"
          href={`/api/sends/${data.id}/document`}
          target="_blank"
          rel="noopener"
        >
          {t('sends.download')}
        </a>
      </p>
      {recipients.isError && <ProblemAlert error={recipients.error} />}
      {recipients.data && (
        <table className="table">
          <caption>{t('sends.recipients', { count: recipients.data.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sends.recipient')}</th>
              <th scope="col">{t('accounts.credentials.stateColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {recipients.data.items.map((recipient) => (
              <tr key={recipient.accountId}>
                <td>
                  <Link to={`/accounts/${recipient.accountId}`}>{recipient.displayName}</Link>
                </td>
                <td>
                  {recipient.state === 'FAILED'
                    ? t('sends.failed')
                    : credentialStateLabel(t, recipient.state as CredentialState)}
                  {recipient.error && (
                    <p className="inline-error">
                      {t('sends.lastError', { error: recipient.error })}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
