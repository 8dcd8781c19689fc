import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Template } from '../api/listTemplates';
import { formatDateTime } from '@/lib/format';
import { audiencesLabel, variantLabel } from '../labels';
import { OriginBadge } from './OriginBadge';
import { TemplateActions } from './TemplateActions';

/** One row per template: what it is for, where it comes from, its version, and what can be done. */
export function TemplatesTable({ templates }: { templates: Template[] }) {
  const { t, i18n } = useTranslation();
  if (templates.length === 0) return <p>{t('templates.empty')}</p>;
  return (
    <table className="table templates-table">
      <caption>{t('templates.caption', { count: templates.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('templates.column.name')}</th>
          <th scope="col">{t('templates.column.language')}</th>
          <th scope="col">{t('templates.column.audiences')}</th>
          <th scope="col">{t('templates.column.variant')}</th>
          <th scope="col">{t('templates.column.origin')}</th>
          <th scope="col">{t('templates.column.version')}</th>
          <th scope="col">{t('templates.column.updatedAt')}</th>
          <th scope="col">{t('templates.column.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {templates.map((template) => (
          <tr key={template.id}>
            <th scope="row">
              <Link to={`/templates/${template.id}`}>{template.name}</Link>
            </th>
            <td>
              <abbr title={t(`templates.language.${template.language}`)}>
                {template.language.toUpperCase()}
              </abbr>
            </td>
            <td>{audiencesLabel(t, template.audiences)}</td>
            <td>{variantLabel(t, template.variant)}</td>
            <td>
              <OriginBadge template={template} />
            </td>
            <td>{template.version}</td>
            <td>{formatDateTime(template.updatedAt, i18n.language)}</td>
            <td>
              <TemplateActions template={template} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
