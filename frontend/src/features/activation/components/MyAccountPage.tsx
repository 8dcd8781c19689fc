import { useState, type FormEvent } from 'react';
import { Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SkipLink } from '@/components/SkipLink';
import { usePageTitle } from '@/components/usePageTitle';
import { RequireAuth, SignOutButton } from '@/features/auth';
import { rejectedReasons } from '@/lib/api/problem';
import { useChangeMyPassword } from '../api/changeMyPassword';
import { useMyAccount } from '../api/myAccount';
import { PasswordReasons } from './PasswordReasons';
import { ActionButton } from '@/components/ActionButton';

/** `/mon-compte`: a recipient's own account, their password, sign-out. */
export function MyAccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('myAccount.title'));
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
      <main id="main" tabIndex={-1} className="activation">
        <h1>{t('myAccount.title')}</h1>
        <AccountSummary />
        <ChangePassword />
      </main>
    </RequireAuth>
  );
}

function AccountSummary() {
  const { t } = useTranslation();
  const account = useMyAccount();
  if (account.isPending) return <p role="status">{t('app.loading')}</p>;
  if (account.isError) return <ProblemAlert error={account.error} />;
  const { children, nextStep } = account.data;
  return (
    <>
      <dl className="who">
        <dt>{t('activation.account')}</dt>
        <dd>{account.data.displayName}</dd>
        <dt>{t('activation.login')}</dt>
        <dd>{account.data.login}</dd>
        <dt>{t('myAccount.kind')}</dt>
        <dd>{t(`accounts.kind.${account.data.kind}`)}</dd>
      </dl>
      {children.length > 0 && (
        <section aria-labelledby="my-children">
          <h2 id="my-children">{t('myAccount.children', { count: children.length })}</h2>
          <ul>
            {children.map((child) => (
              <li key={`${child.displayName}-${child.className ?? ''}`}>
                {child.displayName}
                {child.className ? ` (${child.className})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="next-step">
        <h2 id="next-step">{t('myAccount.nextTitle')}</h2>
        {nextStep ? (
          <p>
            {t('myAccount.nextIntro')}{' '}
            <a href={nextStep.url} rel="noopener noreferrer">
              {nextStep.label}
            </a>
          </p>
        ) : (
          <p>{t('myAccount.nextNone')}</p>
        )}
      </section>
    </>
  );
}

function ChangePassword() {
  const { t } = useTranslation();
  const change = useChangeMyPassword();
  const [changed, setChanged] = useState(false);

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
          setChanged(true);
        },
      },
    );
  };

  const reasons = rejectedReasons(change.error);

  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">{t('myAccount.changePassword')}</h2>
      <p role="status">{changed ? t('myAccount.changed') : ''}</p>
      {reasons ? <PasswordReasons reasons={reasons} /> : <ProblemAlert error={change.error} />}
      <Form className="form" onSubmit={submit}>
        <TextField
          name="currentPassword"
          type="password"
          isRequired
          autoComplete="current-password"
        >
          <Label>{t('myAccount.currentPassword')}</Label>
          <Input />
        </TextField>
        <TextField name="newPassword" type="password" isRequired autoComplete="new-password">
          <Label>{t('activation.newPassword')}</Label>
          <Input />
        </TextField>
        <ActionButton type="submit" className="button" isPending={change.isPending}>
          {change.isPending ? t('activation.saving') : t('myAccount.save')}
        </ActionButton>
      </Form>
    </section>
  );
}
