import { useTranslation } from 'react-i18next';
import type { DryRun } from '../api/dryRunSend';

/** What the send would do: letters, people skipped and why, what blocks it, advice. */
export function DryRunReport({ report }: { report: DryRun }) {
  const { t } = useTranslation();
  const ent = report.skipped.filter((s) => s.reason === 'ENT').length;
  const personalised = report.skipped.length - ent;
  return (
    <section aria-labelledby="dry-run" className="dry-run">
      <h3 id="dry-run">{t('sends.dryRunTitle')}</h3>
      <ul>
        <li>{t('sends.eligible', { count: report.eligible })}</li>
        {ent > 0 && <li>{t('sends.skippedEnt', { count: ent })}</li>}
        {personalised > 0 && <li>{t('sends.skippedPersonalised', { count: personalised })}</li>}
      </ul>
      {report.problems.length > 0 && (
        <div role="alert" className="alert">
          <p className="alert-title">{t('sends.problems')}</p>
          <ul>
            {report.problems.map((problem) => (
              <li key={problem.code}>
                {t(`sends.problem.${problem.code}`, { defaultValue: problem.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.warnings.map((warning) => (
        <p key={warning.code} className="warning">
          {t(`sends.warning.${warning.code}`, { defaultValue: warning.message })}
        </p>
      ))}
    </section>
  );
}
