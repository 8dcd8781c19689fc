import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useRevokeCredentials } from '../api/revokeCredentials';

type Props = { accountId: string; name: string; onRevoked: (affected: number) => void };

/** Revokes, after confirmation, every letter of the account that could still be used. */
export function RevokeCredentialsButton({ accountId, name, onRevoked }: Props) {
  const { t } = useTranslation();
  const revoke = useRevokeCredentials();
  return (
    <ConfirmDialog
      trigger={t('accounts.credentials.revoke')}
      triggerClassName="button button-quiet"
      title={t('accounts.credentials.revoke')}
      confirm={
        revoke.isPending
          ? t('accounts.credentials.revoking')
          : t('accounts.credentials.revokeConfirm')
      }
      isDanger
      isPending={revoke.isPending}
      onOpenChange={(isOpen) => isOpen && revoke.reset()}
      onConfirm={() =>
        revoke.mutateAsync(accountId).then(
          ({ affected }) => {
            onRevoked(affected);
            return true;
          },
          () => false,
        )
      }
    >
      <p>{t('accounts.credentials.revokeQuestion', { name })}</p>
      <ProblemAlert error={revoke.error} />
    </ConfirmDialog>
  );
}
