import { useTranslation } from 'react-i18next';
import { PendingBar } from '@/components/PendingBar';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useObjectUrl } from '@/components/useObjectUrl';
import { usePreviewImage } from '@/features/templates';

type Props = { templateId: string; accountId: string; name: string };

/** The first letter of the send as it will print, with specimen codes: nothing is issued yet. */
export function FirstLetterPreview({ templateId, accountId, name }: Props) {
  const { t } = useTranslation();
  const image = usePreviewImage({ id: templateId, accountId, body: null });
  const src = useObjectUrl(image.data);
  return (
    <details className="first-letter">
      <summary>{t('sends.firstLetter.summary', { name })}</summary>
      <p className="muted">{t('sends.firstLetter.specimens')}</p>
      {image.isFetching && <PendingBar label={t('sends.firstLetter.rendering')} />}
      <ProblemAlert error={image.error} />
      {src && (
        <img className="preview-image" src={src} alt={t('sends.firstLetter.alt', { name })} />
      )}
    </details>
  );
}
