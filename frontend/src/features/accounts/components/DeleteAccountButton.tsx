import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDeleteAccount } from '../api/deleteAccount';
import type { Account } from '../api/listAccounts';

/** Deletes one account after confirmation, then goes back to the list. */
export function DeleteAccountButton({ account }: { account: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteAccount();
  const name = `${account.firstName} ${account.lastName}`;
  return (
    <section className="danger-zone" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">{t('accounts.form.deleteTitle')}</h2>
      <ConfirmDialog
        trigger={t('accounts.form.delete')}
        triggerClassName="button button-danger"
        title={t('accounts.form.delete')}
        confirm={t('accounts.form.deleteConfirm')}
        isDanger
        isPending={remove.isPending}
        onOpenChange={(isOpen) => isOpen && remove.reset()}
        onConfirm={() =>
          remove.mutateAsync(account.id).then(
            () => {
              void navigate(`/accounts?kind=${account.kind}`);
              return false;
            },
            () => false,
          )
        }
      >
        <p>{t('accounts.form.deleteQuestion', { name })}</p>
        <ProblemAlert error={remove.error} />
      </ConfirmDialog>
    </section>
  );
}
