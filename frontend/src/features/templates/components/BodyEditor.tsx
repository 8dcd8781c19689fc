import { useRef, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMergeTags } from '../api/listMergeTags';
import { visualEditorLoss } from '../editor/letterHtml';
import { tagsFor, type TemplateValues } from '../templateValues';
import { HtmlEditor } from './HtmlEditor';
import { TagPanel } from './TagPanel';
import { VisualEditor, type Inserter } from './VisualEditor';

type Props = {
  values: TemplateValues;
  onChange: (body: string) => void;
  error?: string;
};

/**
 * The letter's body: a visual editor with tag chips, or its HTML; the tag panel inserts either way.
 * The visual editor only opens on a body it can give back whole: otherwise the HTML stays, and
 * the page says what the editor would have lost.
 */
export function BodyEditor({ values, onChange, error }: Props) {
  const { t } = useTranslation();
  const tags = useMergeTags();
  const inserterRef: Inserter = useRef(null);
  const [lost, setLost] = useState(() => visualEditorLoss(values.body));
  const [tab, setTab] = useState<Key>(lost.length ? 'html' : 'visual');
  const select = (key: Key) => {
    if (key === 'visual') {
      const loss = visualEditorLoss(values.body);
      setLost(loss);
      if (loss.length) return;
    }
    setTab(key);
  };
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
          <Tabs selectedKey={tab} onSelectionChange={select} className="body-tabs">
            <TabList className="tabs" aria-label={t('templates.editor.modes')}>
              <Tab id="visual">{t('templates.editor.visualTab')}</Tab>
              <Tab id="html">{t('templates.editor.htmlTab')}</Tab>
            </TabList>
            <TabPanel id="visual" className="tab-panel">
              <VisualEditor
                html={values.body}
                onChange={onChange}
                inserterRef={inserterRef}
                describe={describe}
              />
            </TabPanel>
            <TabPanel id="html" className="tab-panel">
              {lost.length > 0 && (
                <div className="alert alert-warning" role="status">
                  <p>{t('templates.editor.visualRefused')}</p>
                  <p className="muted">
                    {t('templates.editor.visualLost', { items: lost.join(' ') })}
                  </p>
                </div>
              )}
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
