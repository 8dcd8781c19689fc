import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Send } from '../api/createSend';
import { isRunning } from '../api/getSend';
import { useCreateReminder, useDryRunReminder } from '../api/reminders';
import { sendPrefillState } from '../sendPrefill';

/**
 * Remind those who have not activated: a dry run first (how many by e-mail, to print, expired),
 * then the same letters e-mailed again. Expired letters are offered a re-issue instead.
 */
export function ReminderSection({ send }: { send: Send }) {
  const { t } = useTranslation();
  const dryRun = useDryRunReminder();
  const remind = useCreateReminder();
  if (send.reminderOf) {
    return (
      <p>
        <Link to={`/sends/${send.reminderOf}`}>{t('sends.reminder.ofSend')}</Link>
      </p>
    );
  }
  if (isRunning(send)) return null;
  const plan = dryRun.data;
  return (
    <section aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t('sends.reminder.title')}</h2>
      {send.remindAfterDays && (
        <p>
          {send.remindedAt
            ? t('sends.reminder.autoDone')
            : t('sends.reminder.autoPlanned', { count: send.remindAfterDays })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={dryRun.isPending}
          onClick={() => dryRun.mutate(send.id)}
        >
          {t('sends.reminder.check')}
        </button>
      </div>
      <ProblemAlert error={dryRun.error} />
      {plan && (
        <div role="region" aria-label={t('sends.reminder.planTitle')}>
          <ul>
            <li>{t('sends.reminder.byEmail', { count: plan.byEmail })}</li>
            <li>{t('sends.reminder.toPrint', { count: plan.toPrint })}</li>
            <li>{t('sends.reminder.expired', { count: plan.expired })}</li>
            <li>{t('sends.reminder.used', { count: plan.used })}</li>
          </ul>
          {plan.problems.map((p) => (
            <p key={p.code} className="error">
              {t(`sends.reminder.problem.${p.code}`, { defaultValue: p.message })}
            </p>
          ))}
          <div className="actions">
            {plan.problems.length === 0 && (
              <button
                type="button"
                className="button"
                disabled={remind.isPending}
                onClick={() => remind.mutate(send.id)}
              >
                {t('sends.reminder.send', { count: plan.byEmail + plan.toPrint })}
              </button>
            )}
            {plan.expired > 0 && (
              <Link
                className="button button-quiet"
                to="/sends"
                state={sendPrefillState({
                  audience: send.audience,
                  templateId: send.templateId,
                  selection: { accountIds: plan.expiredAccountIds },
                })}
              >
                {t('sends.reminder.reissue', { count: plan.expired })}
              </Link>
            )}
          </div>
        </div>
      )}
      <ProblemAlert error={remind.error} />
      {remind.data && (
        <p role="status">
          <Link to={`/sends/${remind.data.id}`}>{t('sends.reminder.sent')}</Link>
        </p>
      )}
    </section>
  );
}
