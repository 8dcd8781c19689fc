import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { fieldErrors } from '@/lib/api/problem';
import { useCreateAccount, type AccountInput } from '../api/createAccount';
import type { Account, AccountKind } from '../api/listAccounts';
import { useUpdateAccount } from '../api/updateAccount';
import { AccountFields, type AccountValues } from './AccountFields';
import { ActionButton } from '@/components/ActionButton';

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function initialValues(account: Account | undefined, kind: AccountKind): AccountValues {
  return {
    kind: account?.kind ?? kind,
    civility: account?.civility ?? '',
    lastName: account?.lastName ?? '',
    firstName: account?.firstName ?? '',
    login: account?.login ?? '',
    email: account?.email ?? '',
    className: account?.className ?? '',
    childrenIds: account?.childrenIds ?? [],
    address: account?.address ?? '',
    externalId: account?.externalId ?? '',
    connectionMode: account?.connectionMode ?? 'DIRECT',
  };
}

function toInput(values: AccountValues): AccountInput {
  return {
    kind: values.kind,
    civility: orNull(values.civility),
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    login: orNull(values.login),
    email: orNull(values.email),
    className: values.kind === 'STUDENT' ? orNull(values.className) : null,
    childrenIds: values.kind === 'PARENT' ? values.childrenIds : [],
    address: orNull(values.address),
    externalId: orNull(values.externalId),
    connectionMode: values.connectionMode,
  };
}

type Props = { account?: Account; initialKind: AccountKind };

/** Creates or edits an account; 400 field errors show beside the fields, 409 above the button. */
export function AccountForm({ account, initialKind }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const save = account ? update : create;
  const [values, setValues] = useState(() => initialValues(account, initialKind));
  const errors = fieldErrors(save.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  const change = (patch: Partial<AccountValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    if (!save.isPending) save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const body = toInput(values);
    if (account) {
      update.mutate({ id: account.id, body });
    } else {
      create.mutate(body, {
        onSuccess: (created) => void navigate(`/accounts/${created.id}`, { replace: true }),
      });
    }
  };

  return (
    <Form className="form" onSubmit={submit} validationErrors={errors}>
      <AccountFields values={values} onChange={change} errors={errors} />
      {!hasFieldErrors && <ProblemAlert error={save.error} />}
      <p role="status" className="status">
        {update.isSuccess ? t('accounts.form.saved') : ''}
      </p>
      <ActionButton type="submit" className="button" isPending={save.isPending}>
        {account ? t('app.save') : t('accounts.form.create')}
      </ActionButton>
    </Form>
  );
}
