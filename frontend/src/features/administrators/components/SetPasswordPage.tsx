import { useEffect, useState, type FormEvent } from 'react';
import { FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ActionButton } from '@/components/ActionButton';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SkipLink } from '@/components/SkipLink';
import { usePageTitle } from '@/components/usePageTitle';
import { rejectedReasons } from '@/lib/api/problem';
import { useSetPasswordThroughLink } from '../api/setPasswordThroughLink';
import { useVerifyPasswordLink } from '../api/verifyPasswordLink';
import { PasswordRejected } from './PasswordRejected';

/** `/set-password#<token>`: an invited (or forgetful) administrator chooses their password. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('administrators.setPassword.title'));
  const location = useLocation();
  const navigate = useNavigate();
  // The link's secret, read once from the fragment, which never reaches a server…
  const [token] = useState(() => location.hash.replace(/^#/, ''));
  useEffect(() => {
    // …and taken out of the address bar and the browser's history at once.
    if (location.hash !== '') void navigate({ pathname: location.pathname }, { replace: true });
  }, [location.hash, location.pathname, navigate]);
  const owner = useVerifyPasswordLink(token, token !== '');
  const save = useSetPasswordThroughLink();
  const reasons = rejectedReasons(save.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const data = new FormData(event.currentTarget);
    save.mutate({ token, newPassword: String(data.get('newPassword') ?? '') });
  };

  return (
    <>
      <SkipLink target="main" />
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="sign-in">
        <h1>{t('administrators.setPassword.title')}</h1>
        {token === '' && (
          <div role="alert" className="alert">
            <p className="alert-title">{t('administrators.setPassword.noLink')}</p>
          </div>
        )}
        {owner.isPending && token !== '' && <p role="status">{t('app.loading')}</p>}
        <ProblemAlert error={owner.error} />
        {save.isSuccess ? (
          <div role="status">
            <p>{t('administrators.setPassword.done')}</p>
            <p>
              <Link to="/login" className="button">
                {t('administrators.setPassword.signIn')}
              </Link>
            </p>
          </div>
        ) : (
          owner.data && (
            <>
              <p>
                {t('administrators.setPassword.greeting', {
                  name: owner.data.displayName,
                  username: owner.data.username,
                })}
              </p>
              {reasons ? (
                <PasswordRejected reasons={reasons} />
              ) : (
                <ProblemAlert error={save.error} />
              )}
              <Form className="form" onSubmit={submit}>
                <input
                  type="text"
                  name="username"
                  autoComplete="username"
                  value={owner.data.username}
                  readOnly
                  hidden
                />
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
                <ActionButton type="submit" className="button" isPending={save.isPending}>
                  {save.isPending
                    ? t('administrators.working')
                    : t('administrators.setPassword.submit')}
                </ActionButton>
              </Form>
            </>
          )
        )}
      </main>
    </>
  );
}
