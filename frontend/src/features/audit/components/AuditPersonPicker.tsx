import { useState } from 'react';
import {
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAccounts, type Account } from '@/features/accounts';

type Props = { accountId: string; onChange: (accountId: string) => void };

/** « Personne » : the journal filtered on one person, found by name or login, not by id. */
export function AuditPersonPicker({ accountId, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = search.trim();
  const found = useAccounts({ q: query, size: 20 }, { enabled: query.length > 0 });
  const describe = (a: Account) =>
    `${a.lastName} ${a.firstName} (${a.login}, ${t(`accounts.kind.${a.kind}`).toLowerCase()})`;

  const choose = (key: Key | null) => {
    const account = found.data?.items.find((a) => a.id === key);
    if (account === undefined) return;
    setSearch(describe(account));
    onChange(account.id);
  };

  return (
    <ComboBox
      className="combo-box"
      inputValue={search}
      onInputChange={(value) => {
        setSearch(value);
        // Clearing the field clears the filter.
        if (value.trim() === '') onChange('');
      }}
      selectedKey={accountId || null}
      onSelectionChange={choose}
      items={query === '' ? [] : (found.data?.items ?? [])}
      menuTrigger="input"
      allowsEmptyCollection
    >
      <Label>{t('audit.filter.person')}</Label>
      <Input />
      {accountId && !search && <Text slot="description">{t('audit.filter.personFromLink')}</Text>}
      <Popover className="popover">
        <ListBox renderEmptyState={() => t('audit.filter.nobody')}>
          {(account: Account) => <ListBoxItem id={account.id}>{describe(account)}</ListBoxItem>}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
