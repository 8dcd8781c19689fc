import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PendingBar } from '@/components/PendingBar';
import { usePageTitle } from '@/components/usePageTitle';
import { useImportAccounts } from '../api/importAccounts';
import { ImportConfirmStep } from './ImportConfirmStep';
import { ImportDoneStep } from './ImportDoneStep';
import { ImportFailure } from './ImportFailure';
import { ImportFileStep } from './ImportFileStep';
import { filesOf, loadSession, saveSession } from './importSession';

/**
 * Import wizard: 1. choose a CSV file, a spreadsheet or the school's exports, 2. read the dry-run
 * report, 3. import and see the summary. Each step is an entry of the browser's history
 * (`?etape=2&apercu=<id>`) and each report is kept for the tab, so Back and Forward go from step
 * to step without losing a report. The preview's id is the confirmation's `Idempotency-Key`:
 * confirming one preview twice imports once.
 */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  const [params, setParams] = useSearchParams();
  const previewId = params.get('apercu');
  const session = loadSession(previewId);
  const preview = useImportAccounts();
  const apply = useImportAccounts();
  const asked = params.get('etape');
  const step = session?.result && asked === '3' ? 3 : session && asked !== '1' ? 2 : 1;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);

  // Each new step takes the focus, so that keyboard and screen reader users land on it.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  const analyse = (files: File[]) =>
    preview.mutate(
      { files, dryRun: true },
      {
        onSuccess: (report) => {
          const id = globalThis.crypto.randomUUID();
          saveSession(id, { preview: report }, files);
          setParams({ etape: '2', apercu: id });
        },
      },
    );

  const files = filesOf(previewId);
  const confirm = () => {
    if (!files || !previewId || !session) return;
    apply.mutate(
      { files, dryRun: false, idempotencyKey: previewId },
      {
        onSuccess: (result) => {
          saveSession(previewId, { ...session, result });
          setParams({ etape: '3', apercu: previewId });
        },
      },
    );
  };

  const restart = () => {
    preview.reset();
    apply.reset();
    setParams({});
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/accounts">{t('nav.accounts')}</Link>
      </p>
      <h1>{t('import.title')}</h1>
      <ol className="steps" aria-label={t('import.stepsLabel')}>
        {[1, 2, 3].map((n) => (
          <li key={n} aria-current={n === step ? 'step' : undefined}>
            {t(`import.step${n}`)}
          </li>
        ))}
      </ol>
      <h2 ref={headingRef} tabIndex={-1}>
        {t(`import.step${step}`)}
      </h2>
      {step === 1 && <ImportFileStep isPending={preview.isPending} onFiles={analyse} />}
      {step === 2 && session && (
        <ImportConfirmStep
          report={session.preview}
          canConfirm={files !== undefined}
          isPending={apply.isPending}
          onConfirm={confirm}
          onRestart={restart}
        />
      )}
      {step === 3 && session?.result && (
        <ImportDoneStep report={session.result} onRestart={restart} />
      )}
      {preview.isPending && <PendingBar label={t('import.analysing')} />}
      {apply.isPending && <PendingBar label={t('import.importing')} />}
      <ImportFailure error={step === 1 ? preview.error : apply.error} />
    </>
  );
}
