import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PendingBar } from '@/components/PendingBar';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDebouncedValue } from '@/components/useDebouncedValue';
import { downloadBlob, useObjectUrl } from '@/components/useObjectUrl';
import { usePreviewImage, usePreviewPdf } from '../api/previewTemplate';
import type { TemplateValues } from '../templateValues';
import { PreviewAccountPicker } from './PreviewAccountPicker';

/** How long the body must stay unchanged before the preview is rendered again. */
export const previewDelay = 800;

type Props = { templateId: string; values: TemplateValues };

/** The first page of the letter as it stands (unsaved changes included), and its PDF. */
export function TemplatePreview({ templateId, values }: Props) {
  const { t } = useTranslation();
  const [accountId, setAccountId] = useState<string | null>(null);
  const body = useDebouncedValue(values.body, previewDelay);
  const input = { id: templateId, accountId, body };
  const image = usePreviewImage(input);
  const src = useObjectUrl(image.data);
  const pdf = usePreviewPdf();

  return (
    <section className="template-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('templates.preview.title')}</h2>
      <PreviewAccountPicker
        audience={values.audiences[0] ?? 'STUDENT'}
        accountId={accountId}
        onChange={setAccountId}
      />
      <p className="muted">{t('templates.preview.specimens')}</p>
      <Button
        className="button button-quiet"
        isDisabled={pdf.isPending}
        onPress={() =>
          pdf.mutate(input, {
            onSuccess: (blob) => downloadBlob(blob, `${values.name || 'lettre'}.pdf`),
          })
        }
      >
        {pdf.isPending ? t('templates.preview.downloading') : t('templates.preview.download')}
      </Button>
      <ProblemAlert error={pdf.error} />
      {image.isFetching && <PendingBar label={t('templates.preview.rendering')} />}
      <ProblemAlert error={image.error} fallback={t('templates.preview.failed')} />
      {src && (
        <img
          className="preview-image"
          src={src}
          alt={t('templates.preview.alt')}
          data-rendered-at={image.dataUpdatedAt}
        />
      )}
    </section>
  );
}
