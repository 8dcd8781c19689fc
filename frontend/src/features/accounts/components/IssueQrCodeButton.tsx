import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useIssueCredential } from '../api/issueCredential';
import type { Credential } from '../api/listCredentials';
import { CredentialProblem } from './CredentialProblem';

/** How long a letter shown at the front desk stays valid. */
export const frontDeskValidityDays = 30;

type Props = { accountId: string; onIssued: (credential: Credential) => void };

/** Issues a fresh QR letter after confirmation (the older ones stop working), to show on screen. */
export function IssueQrCodeButton({ accountId, onIssued }: Props) {
  const { t } = useTranslation();
  const issue = useIssueCredential();
  return (
    <ConfirmDialog
      trigger={t('accounts.credentials.showQr')}
      triggerClassName="button"
      title={t('accounts.credentials.showQr')}
      confirm={
        issue.isPending ? t('accounts.credentials.issuing') : t('accounts.credentials.issue')
      }
      isPending={issue.isPending}
      onOpenChange={(isOpen) => isOpen && issue.reset()}
      onConfirm={() =>
        issue
          .mutateAsync({
            accountId,
            body: { variant: 'QR', validityDays: frontDeskValidityDays },
          })
          .then(
            (credential) => {
              onIssued(credential);
              return true;
            },
            () => false,
          )
      }
    >
      <p>{t('accounts.credentials.issueQuestion')}</p>
      <CredentialProblem error={issue.error} />
    </ConfirmDialog>
  );
}
