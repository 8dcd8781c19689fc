import {
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  Text,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/SelectField';
import { kinds, type AccountKind, kindsLabel } from '@/features/accounts';
import type { TemplateLanguage, TemplateVariant } from '../api/listTemplates';
import { audiencesLabel, languageLabel, variantLabel } from '../labels';
import { templateLanguages, variants } from '../templateFilters';
import type { TemplateValues } from '../templateValues';

type Props = {
  values: TemplateValues;
  isOriginal: boolean;
  onChange: (patch: Partial<TemplateValues>) => void;
};

/** The name; language, audiences and variant (fixed for an original). */
export function TemplateMetaFields({ values, isOriginal, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="name"
        value={values.name}
        onChange={(name) => onChange({ name })}
        isRequired
        maxLength={120}
      >
        <Label>{t('templates.column.name')}</Label>
        <Input />
        <FieldError />
      </TextField>
      {isOriginal ? (
        <dl className="template-facts">
          <dt>{t('templates.column.language')}</dt>
          <dd>{languageLabel(t, values.language)}</dd>
          <dt>{t('templates.column.audiences')}</dt>
          <dd>{audiencesLabel(t, values.audiences)}</dd>
          <dt>{t('templates.column.variant')}</dt>
          <dd>{variantLabel(t, values.variant)}</dd>
        </dl>
      ) : (
        <div className="filter-bar">
          <SelectField
            label={t('templates.column.language')}
            name="language"
            value={values.language}
            onChange={(language) => onChange({ language: language as TemplateLanguage })}
            options={templateLanguages.map((l) => ({ id: l, label: languageLabel(t, l) }))}
          />
          <SelectField
            label={t('templates.column.variant')}
            name="variant"
            value={values.variant}
            onChange={(variant) => onChange({ variant: variant as TemplateVariant })}
            options={variants.map((v) => ({ id: v, label: variantLabel(t, v) }))}
          />
          <CheckboxGroup
            name="audiences"
            className="checkbox-group"
            value={values.audiences}
            onChange={(audiences) => onChange({ audiences: audiences as AccountKind[] })}
            isRequired
          >
            <Label>{t('templates.column.audiences')}</Label>
            {kinds.map((kind) => (
              <Checkbox key={kind} value={kind} className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                {kindsLabel(t, kind)}
              </Checkbox>
            ))}
            <Text slot="description">{t('templates.editor.audiencesHelp')}</Text>
            <FieldError />
          </CheckboxGroup>
        </div>
      )}
    </>
  );
}
