import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { fieldErrors } from '@/lib/api/problem';
import { useDeleteLogo } from '../api/deleteLogo';
import { useUploadLogo } from '../api/uploadLogo';
import { ActionButton } from '@/components/ActionButton';

/** Shows the current logo; uploads a PNG/JPEG (≤ 1 MB) or removes it. */
export function LogoSection({ logoUrl }: { logoUrl: string | null }) {
  const { t } = useTranslation();
  const upload = useUploadLogo();
  const remove = useDeleteLogo();
  // Changes after each upload so the browser does not show a cached older logo.
  const [version, setVersion] = useState(0);
  const fileError = fieldErrors(upload.error).file;

  const choose = (files: FileList | null) => {
    const file = files?.[0];
    if (file === undefined) return;
    remove.reset();
    upload.mutate(file, { onSuccess: () => setVersion((v) => v + 1) });
  };

  return (
    <section aria-labelledby="logo-title">
      <h2 id="logo-title">{t('identity.logo')}</h2>
      {logoUrl ? (
        <img className="logo-preview" src={`${logoUrl}?v=${version}`} alt={t('identity.logoAlt')} />
      ) : (
        <p>{t('identity.noLogo')}</p>
      )}
      <p className="muted">{t('identity.logoHelp')}</p>
      <div className="actions">
        <FileTrigger acceptedFileTypes={['image/png', 'image/jpeg']} onSelect={choose}>
          <Button className="button" isDisabled={upload.isPending}>
            {logoUrl ? t('identity.replaceLogo') : t('identity.uploadLogo')}
          </Button>
        </FileTrigger>
        {logoUrl && (
          <ActionButton
            className="button button-quiet"
            isPending={remove.isPending}
            onPress={() => {
              upload.reset();
              remove.mutate();
            }}
          >
            {t('identity.removeLogo')}
          </ActionButton>
        )}
      </div>
      {fileError ? (
        <p role="alert" className="inline-error">
          {fileError}
        </p>
      ) : (
        <ProblemAlert error={upload.error ?? remove.error} />
      )}
      <p role="status" className="status">
        {upload.isSuccess
          ? t('identity.logoSaved')
          : remove.isSuccess
            ? t('identity.logoRemoved')
            : ''}
      </p>
    </section>
  );
}
