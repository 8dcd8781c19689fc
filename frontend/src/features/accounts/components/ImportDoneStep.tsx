import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from '../api/importAccounts';

/** Step 3: what the import did. */
export function ImportDoneStep({
  report,
  onRestart,
}: {
  report: ImportReport;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status" className="success">
        {t('import.done', {
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          left: report.left,
        })}
      </p>
      <div className="actions">
        <Link className="button" to="/accounts">
          {t('import.backToList')}
        </Link>
        <Button className="button button-quiet" onPress={onRestart}>
          {t('import.another')}
        </Button>
      </div>
    </>
  );
}
