import { useState } from 'react';
import {
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  type Key,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/SelectField';
import { useAccounts, type Account, type AccountKind } from '@/features/accounts';

type Props = {
  /** Whose accounts to search: the template's first audience. */
  audience: AccountKind;
  accountId: string | null;
  onChange: (accountId: string | null) => void;
};

const describe = (a: Account) => `${a.lastName} ${a.firstName} (${a.login})`;

/** « Aperçu pour » : sample data, or one account found by a search. */
export function PreviewAccountPicker({ audience, accountId, onChange }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'sample' | 'account'>('sample');
  const [search, setSearch] = useState('');
  const found = useAccounts(
    { kind: audience, q: search.trim(), size: 20 },
    { enabled: mode === 'account' && search.trim().length > 0 },
  );

  const choose = (key: Key | null) => {
    const account = found.data?.items.find((a) => a.id === key);
    if (account === undefined) return;
    setSearch(describe(account));
    onChange(account.id);
  };

  return (
    <div className="filter-bar">
      <SelectField
        label={t('templates.preview.for')}
        value={mode}
        onChange={(next) => {
          setMode(next === 'account' ? 'account' : 'sample');
          if (next !== 'account') onChange(null);
        }}
        options={[
          { id: 'sample', label: t('templates.preview.sample') },
          { id: 'account', label: t('templates.preview.account') },
        ]}
      />
      {mode === 'account' && (
        <ComboBox
          className="combo-box"
          inputValue={search}
          onInputChange={setSearch}
          selectedKey={accountId}
          onSelectionChange={choose}
          items={search.trim() === '' ? [] : (found.data?.items ?? [])}
          menuTrigger="input"
        >
          <Label>{t('templates.preview.searchAccount')}</Label>
          <Input />
          <Popover className="popover">
            <ListBox>
              {(account: Account) => <ListBoxItem id={account.id}>{describe(account)}</ListBoxItem>}
            </ListBox>
          </Popover>
        </ComboBox>
      )}
    </div>
  );
}
