import { useState } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAccountsById } from '../api/getAccount';
import { useAccounts, type Account } from '../api/listAccounts';

type Props = { ids: string[]; onChange: (ids: string[]) => void; error?: string };

const describe = (a: Account) =>
  `${a.lastName} ${a.firstName}${a.className ? ` (${a.className})` : ''}`;

/** A parent's children: search students by name, add them, remove them. */
export function ChildrenPicker({ ids, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useAccounts(
    { kind: 'STUDENT', q: search.trim(), size: 20 },
    { enabled: search.trim().length > 0 },
  );
  const chosen = useAccountsById(ids);
  const candidates =
    search.trim() === '' ? [] : (found.data?.items ?? []).filter((a) => !ids.includes(a.id));
  const nothingFound = search.trim() !== '' && found.isSuccess && candidates.length === 0;

  const add = (key: Key | null) => {
    if (key === null) return;
    onChange([...ids, String(key)]);
    setSearch('');
  };

  return (
    <div className="children-picker">
      <ComboBox
        className="combo-box"
        inputValue={search}
        onInputChange={setSearch}
        selectedKey={null}
        onSelectionChange={add}
        items={candidates}
        isInvalid={error !== undefined}
        menuTrigger="input"
      >
        <Label>{t('accounts.form.children')}</Label>
        <Input />
        <Text slot="description">{t('accounts.form.childrenHelp')}</Text>
        <FieldError>{error}</FieldError>

        <Popover className="popover">
          <ListBox>
            {(student: Account) => <ListBoxItem id={student.id}>{describe(student)}</ListBoxItem>}
          </ListBox>
        </Popover>
      </ComboBox>
      <p role="status" className="status muted">
        {nothingFound ? t('accounts.form.noStudent') : ''}
      </p>
      {ids.length > 0 && (
        <ul className="chosen" aria-label={t('accounts.form.chosenChildren')}>
          {ids.map((id, index) => {
            const child = chosen[index]?.data;
            const name = child ? describe(child) : t('app.loading');
            return (
              <li key={id}>
                {name}{' '}
                <Button
                  className="button button-quiet button-small"
                  aria-label={t('accounts.form.removeChild', { name })}
                  onPress={() => onChange(ids.filter((other) => other !== id))}
                >
                  {t('accounts.form.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
