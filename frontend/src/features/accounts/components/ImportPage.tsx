import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PendingBar } from '@/components/PendingBar';
import { usePageTitle } from '@/components/usePageTitle';
import { useImportAccounts } from '../api/importAccounts';
import { ImportConfirmStep } from './ImportConfirmStep';
import { ImportDoneStep } from './ImportDoneStep';
import { ImportFailure } from './ImportFailure';
import { ImportFileStep } from './ImportFileStep';

/** Import wizard: 1. choose a CSV file or the school's exports, 2. read the dry-run report, 3. import and see the summary. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  const preview = useImportAccounts();
  const apply = useImportAccounts();
  const step = apply.isSuccess ? 3 : preview.isSuccess ? 2 : 1;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);

  // Each new step takes the focus, so that keyboard and screen reader users land on it.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  const restart = () => {
    preview.reset();
    apply.reset();
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
      {step === 1 && (
        <ImportFileStep
          isPending={preview.isPending}
          onFiles={(files) => preview.mutate({ files, dryRun: true })}
        />
      )}
      {step === 2 && preview.data && (
        <ImportConfirmStep
          report={preview.data}
          isPending={apply.isPending}
          onConfirm={() =>
            preview.variables && apply.mutate({ ...preview.variables, dryRun: false })
          }
          onRestart={restart}
        />
      )}
      {step === 3 && apply.data && <ImportDoneStep report={apply.data} onRestart={restart} />}
      {preview.isPending && <PendingBar label={t('import.analysing')} />}
      {apply.isPending && <PendingBar label={t('import.importing')} />}
      <ImportFailure error={preview.error ?? apply.error} />
    </>
  );
}
