import { useEffect, useRef, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/SelectField';
import { useClasses } from '../api/listClasses';
import { connectionModes, passwordStates, statuses, type AccountFilters } from '../accountFilters';
import { modeLabel, passwordLabel, statusLabel } from '../labels';

type Props = { filters: AccountFilters; onChange: (patch: Partial<AccountFilters>) => void };

/** The search box (debounced) and the filters of the list. */
export function AccountsFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const isStudent = filters.kind === 'STUDENT';
  const classes = useClasses({ enabled: isStudent });
  const [text, setText] = useState(filters.q);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // The search is sent 300 ms after the last key stroke.
  useEffect(() => {
    if (text === filters.q) return;
    const timer = setTimeout(() => onChangeRef.current({ q: text }), 300);
    return () => clearTimeout(timer);
  }, [text, filters.q]);

  const all = { id: '', label: t('accounts.filter.all') };
  return (
    <div className="filter-bar">
      <SearchField className="search-field" value={text} onChange={setText}>
        <Label>{t('accounts.search')}</Label>
        <Input placeholder={t('accounts.searchPlaceholder')} />
      </SearchField>
      {isStudent && (
        <SelectField
          label={t('accounts.column.class')}
          value={filters.className}
          onChange={(className) => onChange({ className })}
          options={[all, ...(classes.data ?? []).map((name) => ({ id: name, label: name }))]}
        />
      )}
      <SelectField
        label={t('accounts.column.mode')}
        value={filters.connectionMode}
        onChange={(mode) => onChange({ connectionMode: mode as AccountFilters['connectionMode'] })}
        options={[all, ...connectionModes.map((mode) => ({ id: mode, label: modeLabel(t, mode) }))]}
      />
      <SelectField
        label={t('accounts.column.password')}
        value={filters.passwordState}
        onChange={(state) => onChange({ passwordState: state as AccountFilters['passwordState'] })}
        options={[all, ...passwordStates.map((s) => ({ id: s, label: passwordLabel(t, s) }))]}
      />
      <SelectField
        label={t('accounts.filter.hasEmail')}
        value={filters.hasEmail}
        onChange={(hasEmail) => onChange({ hasEmail: hasEmail as AccountFilters['hasEmail'] })}
        options={[
          all,
          { id: 'true', label: t('accounts.filter.withEmail') },
          { id: 'false', label: t('accounts.filter.withoutEmail') },
        ]}
      />
      <SelectField
        label={t('accounts.filter.status')}
        value={filters.status}
        onChange={(status) => onChange({ status: status as AccountFilters['status'] })}
        options={[all, ...statuses.map((s) => ({ id: s, label: statusLabel(t, s) }))]}
      />
    </div>
  );
}
