import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MergeTag, MergeTagGroup } from '../api/listMergeTags';
import { groupLabel } from '../labels';

const groups: MergeTagGroup[] = ['ESTABLISHMENT', 'RECIPIENT', 'LETTER'];

type Props = { tags: MergeTag[]; onInsert: (name: string) => void };

/** The tags this template may use, by group; each button inserts its tag at the cursor. */
export function TagPanel({ tags, onInsert }: Props) {
  const { t } = useTranslation();
  return (
    <aside className="tag-panel" aria-labelledby="tag-panel-title">
      <h3 id="tag-panel-title">{t('templates.tags.title')}</h3>
      <p className="muted">{t('templates.tags.help')}</p>
      <p className="muted">
        {t('templates.tags.sections', {
          open: '{{#tag}}',
          inverted: '{{^tag}}',
          close: '{{/tag}}',
          example: '{{#children}}{{children}}{{/children}}{{^children}}…{{/children}}',
        })}
      </p>
      {groups.map((group) => {
        const inGroup = tags.filter((tag) => tag.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`tag-group-${group}`}>
            <h4 id={`tag-group-${group}`}>{groupLabel(t, group)}</h4>
            <ul className="tag-list">
              {inGroup.map((tag) => (
                <li key={tag.name}>
                  <Button
                    className="merge-tag-chip merge-tag-button"
                    aria-label={t('templates.tags.insert', { tag: `{{${tag.name}}}` })}
                    aria-describedby={`tag-description-${tag.name}`}
                    onPress={() => onInsert(tag.name)}
                  >
                    {`{{${tag.name}}}`}
                  </Button>
                  <span id={`tag-description-${tag.name}`} className="tag-description">
                    {tag.description}
                    <span className="muted">
                      {' '}
                      · {t('templates.tags.example', { example: tag.example })}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
