import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/usePageTitle';
import { PublicUrlMissingWarning } from '@/components/PublicUrlMissingWarning';
import { useIdentity } from '@/features/settings';
import { useTemplates } from '../api/listTemplates';
import { toTemplateQuery, useTemplateFilters } from '../templateFilters';
import { TemplatesFilterBar } from './TemplatesFilterBar';
import { TemplatesTable } from './TemplatesTable';

/** « Lettres types »: the originals and the school's own templates, filtered through the URL. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const identity = useIdentity();
  usePageTitle(t('nav.templates'));
  const [filters, update] = useTemplateFilters();
  const templates = useTemplates(toTemplateQuery(filters));

  return (
    <>
      <h1>{t('nav.templates')}</h1>
      <PublicUrlMissingWarning identity={identity.data} />
      <p className="advice">{t('templates.advice')}</p>
      <TemplatesFilterBar filters={filters} onChange={update} />
      {templates.isPending && <p role="status">{t('app.loading')}</p>}
      {templates.isError && (
        <div role="alert" className="alert">
          <p>{t('templates.loadFailed')}</p>
        </div>
      )}
      {templates.data && <TemplatesTable templates={templates.data.items} />}
    </>
  );
}
