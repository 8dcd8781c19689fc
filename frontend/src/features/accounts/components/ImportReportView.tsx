import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../api/importAccounts';
import { ImportLinesTable } from './ImportLinesTable';

/** Counts, detected encoding and separator, unknown columns, and the lines (errors first). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const counts = [
    ['created', report.created],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['errors', report.errors],
  ] as const;
  return (
    <section className="import-report" aria-label={t('import.reportLabel')}>
      <dl className="counts">
        {counts.map(([name, value]) => (
          <div
            key={name}
            className={name === 'errors' && value > 0 ? 'count count-error' : 'count'}
          >
            <dt>{t(`import.count.${name}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        {t('import.detected', {
          encoding: report.encoding ?? '?',
          separator: report.separator ?? '?',
        })}
      </p>
      {report.unknownColumns.length > 0 && (
        <p>{t('import.unknownColumns', { columns: report.unknownColumns.join(', ') })}</p>
      )}
      <ImportLinesTable lines={report.lines} />
    </section>
  );
}
