import type { FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { SkipLink } from '@/components/SkipLink';
import { usePageTitle } from '@/components/usePageTitle';
import { useCurrentUser } from '../api/currentUser';
import { useLogin } from '../api/login';
import { readSignInState } from '../returnPath';
import { SignInError } from './SignInError';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { from, sessionExpired } = readSignInState(useLocation().state);
  // Also makes sure the backend has set the XSRF-TOKEN cookie before the first POST.
  const me = useCurrentUser();
  const login = useLogin();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const form = new FormData(event.currentTarget);
    const credentials = {
      username: String(form.get('username') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    login.mutate(credentials);
  };

  if (me.data !== undefined) {
    // Signed in (just now, or already): on to the page the user wanted.
    return <Navigate to={from} replace />;
  }

  return (
    <>
      <SkipLink target="main" />
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="sign-in">
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.intro')}</p>
        {sessionExpired && !login.isError && <p role="status">{t('signIn.sessionExpired')}</p>}
        {login.isError && <SignInError error={login.error} />}
        <Form className="form" onSubmit={submit}>
          <TextField name="username" isRequired autoComplete="username" maxLength={100}>
            <Label>{t('signIn.username')}</Label>
            <Input />
            <FieldError />
          </TextField>
          <TextField
            name="password"
            type="password"
            isRequired
            autoComplete="current-password"
            maxLength={128}
          >
            <Label>{t('signIn.password')}</Label>
            <Input />
            <FieldError />
          </TextField>
          <Button type="submit" className="button">
            {login.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </Form>
      </main>
    </>
  );
}
