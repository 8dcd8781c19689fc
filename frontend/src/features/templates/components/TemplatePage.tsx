import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '@/components/usePageTitle';
import { useTemplate } from '../api/getTemplate';
import { OriginBadge } from './OriginBadge';
import { TemplateEditor } from './TemplateEditor';

/** `/templates/:id`: edits one template beside its live preview. */
export function TemplatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const template = useTemplate(id);
  const title = template.data?.name ?? t('templates.editor.title');
  usePageTitle(title);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/templates">{t('nav.templates')}</Link>
      </p>
      <h1>{title}</h1>
      {template.data && (
        <p>
          <OriginBadge template={template.data} />{' '}
          <span className="muted">
            {t('templates.editor.version', { version: template.data.version })}
          </span>
        </p>
      )}
      {template.isPending && <p role="status">{t('app.loading')}</p>}
      {template.isError && (
        <div role="alert" className="alert">
          <p>{t('templates.editor.loadFailed')}</p>
          <Button className="button" onPress={() => void template.refetch()}>
            {t('app.retry')}
          </Button>
        </div>
      )}
      {template.data && <TemplateEditor key={template.data.id} template={template.data} />}
    </>
  );
}
