import { useRef, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMergeTags } from '../api/listMergeTags';
import { usesAdvancedLayout } from '../editor/mergeTagHtml';
import { tagsFor, type TemplateValues } from '../templateValues';
import { HtmlEditor } from './HtmlEditor';
import { TagPanel } from './TagPanel';
import { VisualEditor, type Inserter } from './VisualEditor';

type Props = {
  values: TemplateValues;
  isOriginal: boolean;
  onChange: (body: string) => void;
  error?: string;
};

/** The letter's body: a visual editor with tag chips, or its HTML; the tag panel inserts either way. */
export function BodyEditor({ values, isOriginal, onChange, error }: Props) {
  const { t } = useTranslation();
  const tags = useMergeTags();
  const inserterRef: Inserter = useRef(null);
  const [tab, setTab] = useState<Key>('visual');
  const [isAdvanced] = useState(() => usesAdvancedLayout(values.body));
  const describe = (name: string) => tags.data?.find((tag) => tag.name === name)?.description;

  return (
    <section className="body-editor" aria-labelledby="body-editor-title">
      <h2 id="body-editor-title">{t('templates.editor.body')}</h2>
      {tags.isPending && <p role="status">{t('app.loading')}</p>}
      {tags.isError && (
        <div role="alert" className="alert">
          <p>{t('templates.tags.loadFailed')}</p>
        </div>
      )}
      {tags.data && (
        <div className="body-columns">
          <Tabs selectedKey={tab} onSelectionChange={setTab} className="body-tabs">
            <TabList className="tabs" aria-label={t('templates.editor.modes')}>
              <Tab id="visual">{t('templates.editor.visualTab')}</Tab>
              <Tab id="html">{t('templates.editor.htmlTab')}</Tab>
            </TabList>
            <TabPanel id="visual" className="tab-panel">
              {isAdvanced && (
                <div className="alert alert-warning">
                  <p>
                    {isOriginal
                      ? t('templates.editor.advancedOriginal')
                      : t('templates.editor.advanced')}
                  </p>
                </div>
              )}
              <VisualEditor
                html={values.body}
                onChange={onChange}
                inserterRef={inserterRef}
                describe={describe}
              />
            </TabPanel>
            <TabPanel id="html" className="tab-panel">
              <HtmlEditor html={values.body} onChange={onChange} inserterRef={inserterRef} />
            </TabPanel>
          </Tabs>
          <TagPanel
            tags={tagsFor(tags.data, values)}
            onInsert={(name) => inserterRef.current?.(name)}
          />
        </div>
      )}
      {error && <p className="inline-error">{error}</p>}
    </section>
  );
}
