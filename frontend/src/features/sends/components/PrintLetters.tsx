import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';

type PrintJob = components['schemas']['PrintJob'];

/** The job at the school's printer: « Impression en cours », « Imprimé »… with its message. */
export function PrintJobStatus({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const isTrouble = ['STOPPED', 'CANCELED', 'ABORTED', 'UNREACHABLE'].includes(job.state);
  return (
    <div role="status" className={isTrouble ? 'alert alert-warning' : 'print-job'}>
      <p>
        {t('sends.printJob.label', { state: t(`sends.printJob.state.${job.state}`) })}
        {job.message && ` ${t('sends.printer.message', { message: job.message })}`}
      </p>
    </div>
  );
}

/**
 * No printer configured: the letters' PDF loads in an invisible same-origin frame whose print
 * dialog opens once it has loaded. A new press loads it again (a new key, a new frame).
 */
export function PrintInBrowserButton({ sendId }: { sendId: string }) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  return (
    <>
      <Button className="button" onPress={() => setAttempt((n) => n + 1)}>
        {t('sends.printInBrowser')}
      </Button>
      {attempt > 0 && (
        <iframe
          key={attempt}
          className="print-frame"
          title={t('sends.printFrame')}
          aria-hidden="true"
          tabIndex={-1}
          src={`/api/sends/${sendId}/document`}
          onLoad={(event) => event.currentTarget.contentWindow?.print()}
        />
      )}
    </>
  );
}
