import {
  FieldError,
  Input,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/SelectField';
import type { AccountKind, ConnectionMode } from '../api/listAccounts';
import { connectionModes, kinds } from '../accountFilters';
import { kindLabel, modeLabel } from '../labels';
import { ChildrenPicker } from './ChildrenPicker';

export type AccountValues = {
  kind: AccountKind;
  civility: string;
  lastName: string;
  firstName: string;
  login: string;
  email: string;
  className: string;
  childrenIds: string[];
  address: string;
  externalId: string;
  connectionMode: ConnectionMode;
};

type TextKey = Exclude<keyof AccountValues, 'kind' | 'childrenIds' | 'connectionMode'>;

type Props = {
  values: AccountValues;
  onChange: (patch: Partial<AccountValues>) => void;
  errors: Record<string, string>;
};

export function AccountFields({ values, onChange, errors }: Props) {
  const { t } = useTranslation();
  const text = (
    name: TextKey,
    maxLength: number,
    extra: { isRequired?: boolean; help?: string; type?: string } = {},
  ) => (
    <TextField
      name={name}
      value={values[name]}
      onChange={(value) => onChange({ [name]: value })}
      maxLength={maxLength}
      isRequired={extra.isRequired}
      type={extra.type}
    >
      <Label>{t(`accounts.form.${name}`)}</Label>
      {name === 'address' ? <TextArea rows={3} /> : <Input />}
      {extra.help && <Text slot="description">{extra.help}</Text>}
      <FieldError />
    </TextField>
  );

  return (
    <>
      <SelectField
        name="kind"
        label={t('accounts.form.kind')}
        value={values.kind}
        onChange={(kind) => onChange({ kind: kind as AccountKind })}
        options={kinds.map((kind) => ({ id: kind, label: kindLabel(t, kind) }))}
      />
      {text('civility', 20)}
      {text('lastName', 100, { isRequired: true })}
      {text('firstName', 100, { isRequired: true })}
      {text('login', 100, { help: t('accounts.form.loginHelp') })}
      {text('email', 254, { type: 'email' })}
      {values.kind === 'STUDENT' && text('className', 50)}
      {values.kind === 'PARENT' && (
        <ChildrenPicker
          ids={values.childrenIds}
          onChange={(childrenIds) => onChange({ childrenIds })}
          error={errors.childrenIds}
        />
      )}
      {text('address', 500)}
      {text('externalId', 100, { help: t('accounts.form.externalIdHelp') })}
      <RadioGroup
        name="connectionMode"
        className="radio-group"
        value={values.connectionMode}
        onChange={(mode) => onChange({ connectionMode: mode as ConnectionMode })}
      >
        <Label>{t('accounts.column.mode')}</Label>
        {connectionModes.map((mode) => (
          <Radio key={mode} value={mode}>
            {modeLabel(t, mode)}
          </Radio>
        ))}
        <Text slot="description">{t('accounts.form.modeHelp')}</Text>
        <FieldError />
      </RadioGroup>
    </>
  );
}
