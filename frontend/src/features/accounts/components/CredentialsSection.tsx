import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api/listAccounts';
import { useCredentials, type Credential } from '../api/listCredentials';
import { CredentialsTable, LIVE } from './CredentialsTable';
import { FrontDeskQrCode } from './FrontDeskQrCode';
import { IssueQrCodeButton } from './IssueQrCodeButton';
import { RevokeCredentialsButton } from './RevokeCredentialsButton';

/** « Lettres de connexion »: the account's letters, a QR code for the front desk, revocation. */
export function CredentialsSection({ account }: { account: Account }) {
  const { t } = useTranslation();
  const credentials = useCredentials(account.id);
  const [shown, setShown] = useState<Credential>();
  const [revoked, setRevoked] = useState<number>();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = `${account.firstName} ${account.lastName}`;
  const hasLive = credentials.data?.some((credential) => LIVE.has(credential.state)) ?? false;

  const hide = () => {
    setShown(undefined);
    heading.current?.focus();
  };

  return (
    <section className="credentials" aria-labelledby="credentials-title">
      <h2 id="credentials-title" ref={heading} tabIndex={-1}>
        {t('accounts.credentials.title')}
      </h2>
      <div className="actions">
        <IssueQrCodeButton
          accountId={account.id}
          onIssued={(credential) => {
            setRevoked(undefined);
            setShown(credential);
          }}
        />
        {hasLive ? (
          <RevokeCredentialsButton
            accountId={account.id}
            name={name}
            onRevoked={(affected) => {
              setShown(undefined);
              setRevoked(affected);
            }}
          />
        ) : (
          // Nothing to revoke: the button stays, disabled, and says why.
          <Button className="button button-quiet" isDisabled aria-describedby="no-live-letter">
            {t('accounts.credentials.revoke')}
          </Button>
        )}
        {!hasLive && (
          <span id="no-live-letter" className="muted">
            {t('accounts.credentials.noLiveLetter')}
          </span>
        )}
      </div>
      <p role="status" className="status">
        {revoked === undefined ? '' : t('accounts.credentials.revoked', { count: revoked })}
      </p>
      {shown && <FrontDeskQrCode key={shown.id} credential={shown} name={name} onHide={hide} />}
      {credentials.isPending && <p role="status">{t('app.loading')}</p>}
      {credentials.isError && (
        <div role="alert" className="alert">
          <p>{t('accounts.credentials.loadFailed')}</p>
        </div>
      )}
      {credentials.data && (
        <CredentialsTable accountId={account.id} credentials={credentials.data} />
      )}
    </section>
  );
}
