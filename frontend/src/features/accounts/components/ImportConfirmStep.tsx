import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../api/importAccounts';
import { ImportReportView } from './ImportReportView';

type Props = {
  report: ImportReport;
  isPending: boolean;
  onConfirm: () => void;
  onRestart: () => void;
};

/** Step 2: what the import would do; confirm only when no line has an error. */
export function ImportConfirmStep({ report, isPending, onConfirm, onRestart }: Props) {
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
      <div className="actions">
        {canImport && (
          <Button className="button" onPress={onConfirm} isDisabled={isPending}>
            {t('import.confirm')}
          </Button>
        )}
        <Button className="button button-quiet" onPress={onRestart} isDisabled={isPending}>
          {t('import.otherFile')}
        </Button>
      </div>
    </>
  );
}
