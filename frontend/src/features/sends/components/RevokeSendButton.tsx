import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useRevokeSendLetters } from '../api/revokeSendLetters';

/** « Révoquer toutes les lettres de cet envoi », after a confirmation saying used ones are kept. */
export function RevokeSendButton({
  sendId,
  onRevoked,
}: {
  sendId: string;
  onRevoked: (affected: number) => void;
}) {
  const { t } = useTranslation();
  const revoke = useRevokeSendLetters();
  return (
    <ConfirmDialog
      trigger={t('sends.revokeAll')}
      title={t('sends.revokeAll')}
      confirm={t('sends.revokeAllConfirm')}
      isDanger
      isPending={revoke.isPending}
      onOpenChange={(isOpen) => isOpen && revoke.reset()}
      onConfirm={() =>
        revoke.mutateAsync(sendId).then(
          ({ affected }) => {
            onRevoked(affected);
            return true;
          },
          () => false,
        )
      }
    >
      <p>{t('sends.revokeAllQuestion')}</p>
      <ProblemAlert error={revoke.error} />
    </ConfirmDialog>
  );
}
