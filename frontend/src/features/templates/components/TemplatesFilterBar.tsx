import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/SelectField';
import { kinds, kindsLabel } from '@/features/accounts';
import { languageLabel, variantLabel } from '../labels';
import { templateLanguages, variants, type TemplateFilters } from '../templateFilters';

type Props = { filters: TemplateFilters; onChange: (patch: Partial<TemplateFilters>) => void };

/** Audience, variant and language filters of the list. */
export function TemplatesFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const all = { id: '', label: t('templates.filter.all') };
  return (
    <div className="filter-bar">
      <SelectField
        label={t('templates.column.audiences')}
        value={filters.audience}
        onChange={(audience) => onChange({ audience: audience as TemplateFilters['audience'] })}
        options={[
          { id: '', label: t('templates.filter.allAudiences') },
          ...kinds.map((kind) => ({ id: kind, label: kindsLabel(t, kind) })),
        ]}
      />
      <SelectField
        label={t('templates.column.variant')}
        value={filters.variant}
        onChange={(variant) => onChange({ variant: variant as TemplateFilters['variant'] })}
        options={[all, ...variants.map((v) => ({ id: v, label: variantLabel(t, v) }))]}
      />
      <SelectField
        label={t('templates.column.language')}
        value={filters.language}
        onChange={(language) => onChange({ language: language as TemplateFilters['language'] })}
        options={[all, ...templateLanguages.map((l) => ({ id: l, label: languageLabel(t, l) }))]}
      />
    </div>
  );
}
