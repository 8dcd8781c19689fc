import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useBulkUpdateAccounts, type BulkAction } from '../api/bulkUpdateAccounts';

type Props = { selectedIds: string[]; onDone: () => void };

type Choice = { key: string; action: Omit<BulkAction, 'accountIds'>; isDanger?: boolean };

const choices: Choice[] = [
  { key: 'direct', action: { action: 'SET_CONNECTION_MODE', connectionMode: 'DIRECT' } },
  { key: 'ent', action: { action: 'SET_CONNECTION_MODE', connectionMode: 'ENT' } },
  { key: 'delete', action: { action: 'DELETE' }, isDanger: true },
];

/** Actions on the selected accounts, each confirmed in a dialog naming how many accounts. */
export function BulkActions({ selectedIds, onDone }: Props) {
  const { t } = useTranslation();
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
