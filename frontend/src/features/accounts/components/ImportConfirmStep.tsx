import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '@/components/ActionButton';
import type { ImportReport } from '../api/importAccounts';
import { ImportReportView } from './ImportReportView';

type Props = {
  report: ImportReport;
  /** False when the page was reloaded: the report is kept, the file must be chosen again. */
  canConfirm: boolean;
  isPending: boolean;
  onConfirm: () => void;
  onRestart: () => void;
};

/** Step 2: what the import would do; confirm only when no line has an error. */
export function ImportConfirmStep({ report, canConfirm, isPending, onConfirm, onRestart }: Props) {
  const { t } = useTranslation();
  const canImport = report.errors === 0;
  return (
    <>
      <ImportReportView report={report} />
      {!canImport && (
        <p role="alert" className="alert">
          {t('import.fixErrors', { count: report.errors })}
        </p>
      )}
      {canImport && !canConfirm && <p className="alert">{t('import.chooseAgain')}</p>}
      <div className="actions">
        {canImport && canConfirm && (
          <ActionButton className="button" onPress={onConfirm} isPending={isPending}>
            {t('import.confirm')}
          </ActionButton>
        )}
        <Button className="button button-quiet" onPress={onRestart} isDisabled={isPending}>
          {t('import.otherFile')}
        </Button>
      </div>
    </>
  );
}
