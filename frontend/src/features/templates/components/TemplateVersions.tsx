import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Template } from '../api/listTemplates';
import { useTemplateVersions } from '../api/listTemplateVersions';
import { formatDateTime } from '@/lib/format';
import { VersionBody } from './VersionBody';

type Props = {
  template: Template;
  /** Saves `body` as the newest version. */
  onRestore: (body: string) => Promise<unknown>;
};

/** The history: each saved version, whose body can be read and brought back. */
export function TemplateVersions({ template, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  const versions = useTemplateVersions(template.id);
  const [shown, setShown] = useState<number>();

  return (
    <section className="template-versions" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('templates.versions.title')}</h2>
      {versions.isPending && <p role="status">{t('app.loading')}</p>}
      {versions.isError && (
        <div role="alert" className="alert">
          <p>{t('templates.versions.loadFailed')}</p>
        </div>
      )}
      {versions.data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('templates.versions.number')}</th>
              <th scope="col">{t('templates.versions.savedAt')}</th>
              <th scope="col">{t('templates.versions.savedBy')}</th>
              <th scope="col">{t('templates.versions.note')}</th>
              <th scope="col">{t('templates.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.data.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>{formatDateTime(version.savedAt, i18n.language)}</td>
                <td>{version.savedBy ?? t('templates.versions.shipped')}</td>
                <td>
                  {version.note ? t(`templates.versions.notes.${version.note}`, version.note) : ''}
                </td>
                <td>
                  <Button
                    className="button button-quiet button-small"
                    aria-expanded={shown === version.version}
                    onPress={() =>
                      setShown(shown === version.version ? undefined : version.version)
                    }
                  >
                    {t('templates.versions.view', { version: version.version })}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown !== undefined && (
        <VersionBody
          templateId={template.id}
          version={shown}
          isCurrent={shown === template.version}
          onRestore={onRestore}
        />
      )}
    </section>
  );
}
