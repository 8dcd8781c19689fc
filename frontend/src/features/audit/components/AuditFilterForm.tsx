import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/SelectField';
import type { AuditFilters } from '../auditFilters';
import { actionLabel, auditActions } from '../labels';
import { AuditPersonPicker } from './AuditPersonPicker';

type Props = {
  filters: AuditFilters;
  onApply: (filters: Partial<AuditFilters>) => void;
  /** Field errors of the last answer (`validation-failed`), by query parameter. */
  errors: Record<string, string>;
};

type Field = 'actor' | 'sendId' | 'from' | 'to';

/** The journal's filters, applied together with « Filtrer » (one request, not one per key). */
export function AuditFilterForm({ filters, onApply, errors }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(filters);
  const set = (field: keyof AuditFilters) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };
  // An action this console does not know (newer than it) can still be filtered on, from the URL.
  const actions =
    auditActions.includes(filters.action) || !filters.action
      ? auditActions
      : [...auditActions, filters.action];

  const field = (name: Field, type = 'text') => (
    <TextField name={name} type={type} value={values[name]} onChange={set(name)}>
      <Label>{t(`audit.filter.${name}`)}</Label>
      <Input />
      <FieldError />
    </TextField>
  );

  return (
    <Form className="audit-filters" onSubmit={submit} validationErrors={errors}>
      {field('actor')}
      <SelectField
        label={t('audit.filter.action')}
        name="action"
        value={values.action}
        onChange={set('action')}
        options={[
          { id: '', label: t('audit.filter.allActions') },
          ...actions.map((action) => ({ id: action, label: actionLabel(t, action) })),
        ]}
      />
      <AuditPersonPicker accountId={values.accountId} onChange={set('accountId')} />
      {field('sendId')}
      {field('from', 'datetime-local')}
      {field('to', 'datetime-local')}
      <div className="actions">
        <Button type="submit" className="button">
          {t('audit.filter.apply')}
        </Button>
        <Button
          className="button button-quiet"
          onPress={() => {
            const empty = { actor: '', action: '', accountId: '', sendId: '', from: '', to: '' };
            setValues({ ...empty, page: 0 });
            onApply(empty);
          }}
        >
          {t('audit.filter.clear')}
        </Button>
      </div>
    </Form>
  );
}
