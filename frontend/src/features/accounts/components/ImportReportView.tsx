import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../api/importAccounts';
import { kindLabel } from '../labels';
import { ImportLinesTable } from './ImportLinesTable';

/** Counts, detected encoding and separator, unknown columns, and the lines (errors first). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const counts = [
    ['created', report.created],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['errors', report.errors],
    ['left', report.left],
  ] as const;
  return (
    <section className="import-report" aria-label={t('import.reportLabel')}>
      <dl className="counts">
        {counts.map(([name, value]) => (
          <div
            key={name}
            className={name === 'errors' && value > 0 ? 'count count-error' : 'count'}
          >
            <dt>{t(report.dryRun ? `import.count.${name}` : `import.countDone.${name}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.format === 'CSV' && report.encoding === 'xlsx' ? (
        <p>{t('import.detectedSpreadsheet')}</p>
      ) : report.format === 'CSV' ? (
        <p>
          {t('import.detected', {
            encoding: report.encoding ?? '?',
            separator: report.separator ?? '?',
          })}
        </p>
      ) : (
        <ul className="import-files">
          {report.files.map((file) => (
            <li key={file.name}>
              {t('import.detectedFile', {
                name: file.name,
                format: t(`import.formats.${file.format}`),
                encoding: file.encoding,
              })}
            </li>
          ))}
        </ul>
      )}
      {report.warnings.length > 0 && (
        <section aria-label={t('import.warningsTitle')}>
          <h3>{t('import.warningsTitle')}</h3>
          <ul>
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
      {report.leavers.length > 0 && (
        <section aria-label={t('import.leaversTitle', { count: report.leavers.length })}>
          <h3>{t('import.leaversTitle', { count: report.leavers.length })}</h3>
          <ul className="leavers">
            {report.leavers.map((leaver) => (
              <li key={leaver.id}>
                {leaver.lastName} {leaver.firstName} ({kindLabel(t, leaver.kind)}, {leaver.login})
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.unknownColumns.length > 0 && (
        <p>{t('import.unknownColumns', { columns: report.unknownColumns.join(', ') })}</p>
      )}
      <ImportLinesTable lines={report.lines} dryRun={report.dryRun} />
    </section>
  );
}
