import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { sendPrefillState } from '@/features/sends';
import { useBulkUpdateAccounts, type BulkAction } from '../api/bulkUpdateAccounts';
import type { AccountKind } from '../api/listAccounts';

type Props = {
  kind: AccountKind;
  selectedIds: string[];
  selectedNames: string[];
  onDone: () => void;
};

type Choice = { key: string; action: Omit<BulkAction, 'accountIds'>; isDanger?: boolean };

const choices: Choice[] = [
  { key: 'direct', action: { action: 'SET_CONNECTION_MODE', connectionMode: 'DIRECT' } },
  { key: 'ent', action: { action: 'SET_CONNECTION_MODE', connectionMode: 'ENT' } },
  { key: 'delete', action: { action: 'DELETE' }, isDanger: true },
];

/**
 * Actions on the selected accounts: a letter for them (the send wizard, pre-filled with them and
 * still checked by its dry run), or a change confirmed in a dialog naming how many accounts.
 */
export function BulkActions({ kind, selectedIds, selectedNames, onDone }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const bulk = useBulkUpdateAccounts();
  const count = selectedIds.length;

  const run = (action: Choice['action']) =>
    bulk.mutateAsync({ ...action, accountIds: selectedIds }).then(
      () => {
        onDone();
        return true;
      },
      () => false,
    );

  return (
    <div className="bulk-actions">
      <p role="status" className="status">
        {bulk.isSuccess && count === 0
          ? t('accounts.bulk.done', { count: bulk.data.affected })
          : t('accounts.bulk.selected', { count })}
      </p>
      {count > 0 && (
        <Button
          className="button"
          onPress={() =>
            void navigate('/sends', {
              state: sendPrefillState({
                audience: kind,
                selection: { accountIds: selectedIds },
                names: selectedNames,
              }),
            })
          }
        >
          {t('accounts.bulk.send', { count })}
        </Button>
      )}
      {count > 0 &&
        choices.map(({ key, action, isDanger }) => (
          <ConfirmDialog
            key={key}
            trigger={t(`accounts.bulk.${key}`)}
            triggerClassName={isDanger ? 'button button-danger' : undefined}
            title={t(`accounts.bulk.${key}`)}
            confirm={t(`accounts.bulk.${key}Confirm`, { count })}
            isDanger={isDanger}
            isPending={bulk.isPending}
            onConfirm={() => run(action)}
            onOpenChange={(isOpen) => isOpen && bulk.reset()}
          >
            <p>{t(`accounts.bulk.${key}Question`, { count })}</p>
            <ProblemAlert error={bulk.error} />
          </ConfirmDialog>
        ))}
    </div>
  );
}
