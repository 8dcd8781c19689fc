import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { DryRun } from '../api/dryRunSend';
import { FirstLetterPreview } from './FirstLetterPreview';

type Props = { report: DryRun; templateId: string };

const nameOf = (person: { lastName?: string; firstName?: string }) =>
  [person.lastName, person.firstName].filter(Boolean).join(' ');

/**
 * What the send would do: which letter, until when it works, who gets one (by name), who is
 * skipped and why, the first letter as it will print, what blocks the send, advice.
 */
export function DryRunReport({ report, templateId }: Props) {
  const { t, i18n } = useTranslation();
  const ent = report.skipped.filter((s) => s.reason === 'ENT').length;
  const personalised = report.skipped.length - ent;
  const first = report.recipients[0];
  return (
    <section aria-labelledby="dry-run" className="dry-run">
      <h3 id="dry-run">{t('sends.dryRunTitle')}</h3>
      <ul>
        <li>{t('sends.eligible', { count: report.eligible })}</li>
        <li>{t('sends.letterType', { name: report.templateName })}</li>
        {report.eligible > 0 && (
          <li>{t('sends.expiresOn', { date: formatDate(report.expiresAt, i18n.language) })}</li>
        )}
        {ent > 0 && (
          <li>
            {t('sends.skippedEnt', { count: ent })}{' '}
            <span className="muted">{t('sends.entHint')}</span>
          </li>
        )}
        {personalised > 0 && <li>{t('sends.skippedPersonalised', { count: personalised })}</li>}
      </ul>
      {report.recipients.length > 0 && (
        <details className="dry-run-people">
          <summary>{t('sends.whoGetsOne', { count: report.recipients.length })}</summary>
          <ul>
            {report.recipients.map((person) => (
              <li key={person.accountId}>
                {nameOf(person)}
                {person.className ? ` (${person.className})` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.skipped.length > 0 && (
        <details className="dry-run-people">
          <summary>{t('sends.whoIsSkipped', { count: report.skipped.length })}</summary>
          <ul>
            {report.skipped.map((person) => (
              <li key={person.accountId}>
                {t('sends.skippedPerson', {
                  name: nameOf(person),
                  reason: t(`sends.skipReason.${person.reason}`),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {first && (
        <FirstLetterPreview
          templateId={templateId}
          accountId={first.accountId}
          name={nameOf(first)}
        />
      )}
      {report.problems.length > 0 && (
        <div role="alert" className="alert" id="dry-run-problems">
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
