import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useTemplateVersion } from '../api/getTemplateVersion';

type Props = {
  templateId: string;
  version: number;
  isCurrent: boolean;
  onRestore: (body: string) => Promise<unknown>;
};

/** One version's HTML, shown as text (never run), and « Rétablir cette version ». */
export function VersionBody({ templateId, version, isCurrent, onRestore }: Props) {
  const { t } = useTranslation();
  const loaded = useTemplateVersion(templateId, version);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const body = loaded.data?.body;

  const restore = () => {
    if (body == null) return Promise.resolve(false);
    setPending(true);
    setError(null);
    return onRestore(body)
      .then(
        () => true,
        (failure: unknown) => {
          setError(failure instanceof Error ? failure : new Error(String(failure)));
          return false;
        },
      )
      .finally(() => setPending(false));
  };

  return (
    <section className="version-body" aria-labelledby="version-body-title">
      <h3 id="version-body-title">{t('templates.versions.bodyTitle', { version })}</h3>
      {loaded.isPending && <p role="status">{t('app.loading')}</p>}
      <ProblemAlert error={loaded.error} />
      {body != null && (
        <>
          <pre className="version-html" tabIndex={0}>
            {body}
          </pre>
          {!isCurrent && (
            <ConfirmDialog
              trigger={t('templates.versions.restore')}
              triggerClassName="button button-quiet"
              title={t('templates.versions.restore')}
              confirm={t('templates.versions.restoreConfirm', { version })}
              isPending={isPending}
              onOpenChange={(isOpen) => isOpen && setError(null)}
              onConfirm={restore}
            >
              <p>{t('templates.versions.restoreQuestion', { version })}</p>
              <ProblemAlert error={error} />
            </ConfirmDialog>
          )}
        </>
      )}
    </section>
  );
}
