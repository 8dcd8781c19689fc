import { useState, type FormEvent } from 'react';
import { FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ActionButton } from '@/components/ActionButton';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SkipLink } from '@/components/SkipLink';
import { usePageTitle } from '@/components/usePageTitle';
import { RequireAuth, SignOutButton, useCurrentUser } from '@/features/auth';
import { rejectedReasons } from '@/lib/api/problem';
import { useChangeOwnPassword } from '../api/changeOwnPassword';
import { PasswordRejected } from './PasswordRejected';

/**
 * `/change-password`: « Changer mon mot de passe » from the header, and the change an
 * administrator given a password by someone else must make before anything else.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('administrators.changePassword.title'));
  return (
    <RequireAuth>
      <SkipLink target="main" />
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <div className="header-tools">
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="sign-in">
        <h1>{t('administrators.changePassword.title')}</h1>
        <ChangePasswordForm />
      </main>
    </RequireAuth>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const forced = me.data?.roles.includes('PASSWORD_CHANGE_REQUIRED') ?? false;
  const change = useChangeOwnPassword();
  const [changed, setChanged] = useState(false);
  const reasons = rejectedReasons(change.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    setChanged(false);
    change.mutate(
      {
        currentPassword: String(data.get('currentPassword') ?? ''),
        newPassword: String(data.get('newPassword') ?? ''),
      },
      {
        onSuccess: () => {
          form.reset();
          if (forced) {
            navigate('/', { replace: true });
          } else {
            setChanged(true);
          }
        },
      },
    );
  };

  return (
    <>
      {forced && (
        <div className="alert alert-warning">
          <p className="alert-title">{t('administrators.changePassword.forced')}</p>
        </div>
      )}
      <p>{t('administrators.changePassword.intro')}</p>
      <p role="status">{changed ? t('administrators.changePassword.done') : ''}</p>
      {reasons ? <PasswordRejected reasons={reasons} /> : <ProblemAlert error={change.error} />}
      <Form className="form" onSubmit={submit}>
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={me.data?.username ?? ''}
          readOnly
          hidden
        />
        <TextField
          name="currentPassword"
          type="password"
          isRequired
          autoComplete="current-password"
          maxLength={128}
        >
          <Label>{t('administrators.password.current')}</Label>
          <Input />
          <FieldError />
        </TextField>
        <TextField
          name="newPassword"
          type="password"
          isRequired
          autoComplete="new-password"
          maxLength={128}
        >
          <Label>{t('administrators.password.new')}</Label>
          <Input />
          <Text slot="description">{t('administrators.password.rules')}</Text>
          <FieldError />
        </TextField>
        <ActionButton type="submit" className="button" isPending={change.isPending}>
          {change.isPending
            ? t('administrators.working')
            : t('administrators.changePassword.submit')}
        </ActionButton>
      </Form>
      {!forced && (
        <p>
          <Link to="/">{t('administrators.changePassword.back')}</Link>
        </p>
      )}
    </>
  );
}
