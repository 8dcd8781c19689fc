import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useBulkUpdateAccounts } from '@/features/accounts';
import type { Send } from '../api/createSend';
import { recipientsKey } from '../api/listSendRecipients';
import { sendPrefillState } from '../sendPrefill';

type Props = { send: Send; selectedIds: string[]; selectedNames: string[]; onDone: () => void };

/**
 * What to do with the chosen recipients: a new letter (through the wizard, which names them and
 * offers the letter types of their audience and of this send's language), or revoke theirs.
 */
export function RecipientActions({ send, selectedIds, selectedNames, onDone }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const bulk = useBulkUpdateAccounts();
  const count = selectedIds.length;

  const resend = () =>
    void navigate('/sends', {
      state: sendPrefillState({
        audience: send.audience,
        templateId: send.templateId,
        output: send.output,
        selection: { accountIds: selectedIds },
        names: selectedNames,
      }),
    });

  const revoke = () =>
    bulk.mutateAsync({ action: 'REVOKE_LETTERS', accountIds: selectedIds }).then(
      async () => {
        await queryClient.invalidateQueries({ queryKey: recipientsKey(send.id) });
        onDone();
        return true;
      },
      () => false,
    );

  return (
    <div className="bulk-actions">
      <p role="status" className="status">
        {bulk.isSuccess && count === 0
          ? t('sends.revoked', { count: bulk.data.affected })
          : t('sends.selected', { count })}
      </p>
      {count > 0 && (
        <>
          <Button className="button button-quiet" onPress={resend}>
            {t('sends.resend')}
          </Button>
          <ConfirmDialog
            trigger={t('sends.revokeSelected')}
            title={t('sends.revokeSelected')}
            confirm={t('sends.revokeSelectedConfirm', { count })}
            isDanger
            isPending={bulk.isPending}
            onOpenChange={(isOpen) => isOpen && bulk.reset()}
            onConfirm={revoke}
          >
            <p>{t('sends.revokeSelectedQuestion', { count })}</p>
            <ProblemAlert error={bulk.error} />
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
