import { Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Send } from '../api/createSend';

/** The send's progress bar (letters made, mailed or printed, out of those to issue). */
export function SendProgress({ send }: { send: Send }) {
  const { t } = useTranslation();
  const processed = send.done + send.failed;
  const label =
    send.failed === 0
      ? t('sends.progress', { done: send.done, total: send.eligible })
      : t('sends.progressFailed', { processed, total: send.eligible, failed: send.failed });
  return (
    <ProgressBar
      className="progress"
      value={processed}
      maxValue={Math.max(send.eligible, 1)}
      valueLabel={label}
    >
      {({ percentage }) => (
        <>
          <Label>{label}</Label>
          <div className="progress-track">
            <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

/** What the send did, once it has ended; announced when it changes. */
export function SendOutcome({ send }: { send: Send }) {
  const { t } = useTranslation();
  const ended = send.state === 'DONE' || send.state === 'FAILED' || send.state === 'CANCELLED';
  return (
    <div role="status" className={ended ? 'send-outcome' : 'status'}>
      {ended && (
        <>
          <p className="alert-title">{t(`sends.outcome.${send.state}`, { count: send.done })}</p>
          {send.failed > 0 && <p>{t('sends.outcome.failedLetters', { count: send.failed })}</p>}
          {send.output === 'EMAIL' && send.toPrint > 0 && (
            <p>{t('sends.outcome.toPrint', { count: send.toPrint })}</p>
          )}
        </>
      )}
    </div>
  );
}
