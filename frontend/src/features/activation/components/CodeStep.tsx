import type { FormEvent } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { useActivationPolicy } from '../api/activationPolicy';
import { useVerifyActivationCode, type Verified } from '../api/verifyActivationCode';

/**
 * The 6-digit security code that goes with a QR letter's link; or, without the link (no camera,
 * or a letter without QR code), the login and the 12-character activation code every letter prints.
 */
export function CodeStep({
  token,
  onVerified,
}: {
  token: string | undefined;
  onVerified: (verified: Verified) => void;
}) {
  const { t } = useTranslation();
  useActivationPolicy(); // also sets the CSRF cookie before the first POST
  const verify = useVerifyActivationCode();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (verify.isPending) return;
    const form = new FormData(event.currentTarget);
    const code = String(form.get('code') ?? '');
    const body = token ? { token, code } : { login: String(form.get('login') ?? ''), code };
    verify.mutate(body, { onSuccess: onVerified });
  };

  return (
    <section aria-labelledby="activation-code">
      <h2 id="activation-code">
        {token ? t('activation.codeTitle') : t('activation.activationCodeTitle')}
      </h2>
      <p>{token ? t('activation.codeIntro') : t('activation.noQrIntro')}</p>
      <CodeProblem error={verify.error} />
      <Form className="form" onSubmit={submit}>
        {!token && (
          <TextField name="login" isRequired autoComplete="username" maxLength={100}>
            <Label>{t('activation.login')}</Label>
            <Input autoCapitalize="none" spellCheck={false} />
          </TextField>
        )}
        <TextField name="code" isRequired maxLength={token ? 7 : 20}>
          <Label>{token ? t('activation.securityCode') : t('activation.activationCode')}</Label>
          <Input
            autoComplete="one-time-code"
            inputMode={token ? 'numeric' : 'text'}
            autoCapitalize={token ? undefined : 'characters'}
            spellCheck={false}
          />
        </TextField>
        <Button type="submit" className="button">
          {verify.isPending ? t('activation.checking') : t('activation.check')}
        </Button>
      </Form>
    </section>
  );
}

/** Kind words for each refusal; one message for every letter that cannot be used. */
function CodeProblem({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (error === null) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  let message = t('activation.failed');
  if (problem?.type === '/problems/activation-code-wrong') {
    const remaining = problem.remainingAttempts ?? 0;
    message =
      remaining > 0 ? t('activation.wrongCode', { count: remaining }) : t('activation.locked');
  } else if (problem?.type === '/problems/activation-link-invalid') {
    message = t('activation.invalid');
  } else if (problem?.type === '/problems/too-many-attempts') {
    const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
    message = t('activation.tooMany', { count: minutes });
  }
  return (
    <div role="alert" className="alert">
      <p>{message}</p>
    </div>
  );
}
