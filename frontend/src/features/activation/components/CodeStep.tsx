import { useState, type FormEvent } from 'react';
import { FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '@/components/ActionButton';
import { ApiError } from '@/lib/api/problem';
import { useActivationPolicy } from '../api/activationPolicy';
import { useVerifyActivationCode, type Verified } from '../api/verifyActivationCode';
import { looksLikeCode, normaliseActivationCode, normaliseSecurityCode } from '../codes';

const LOCKED_KEY = 'sesame.activation.locked';

/** True when the last wrong code locked this letter (kept for the tab, across a reload). */
function wasLocked(token: string | undefined) {
  return token !== undefined && globalThis.sessionStorage.getItem(LOCKED_KEY) === token;
}

function lockedBy(error: Error | null) {
  return (
    error instanceof ApiError &&
    error.problem?.type === '/problems/activation-code-wrong' &&
    (error.problem.remainingAttempts ?? 0) === 0
  );
}

/**
 * The 6-digit security code that goes with a QR letter's link; or, without the link (no camera,
 * or a letter without QR code), the login and the 12-character activation code every letter prints.
 * What is typed is corrected as the server would (O for 0, case, spaces); a code of the wrong shape
 * is pointed out here and never sent, so it costs no try. A locked letter says so and takes no code.
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
  const [code, setCode] = useState('');
  const [shapeError, setShapeError] = useState<string>();
  const typed = !token;
  const locked = wasLocked(token) || lockedBy(verify.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (verify.isPending || locked) return;
    const form = new FormData(event.currentTarget);
    const normalised = typed ? normaliseActivationCode(code) : normaliseSecurityCode(code);
    if (!looksLikeCode(normalised, typed)) {
      setShapeError(
        typed ? t('activation.activationCodeShape') : t('activation.securityCodeShape'),
      );
      return;
    }
    setShapeError(undefined);
    const body = token
      ? { token, code: normalised }
      : { login: String(form.get('login') ?? ''), code: normalised };
    verify.mutate(body, {
      onSuccess: onVerified,
      onError: (error) => {
        if (token && lockedBy(error)) globalThis.sessionStorage.setItem(LOCKED_KEY, token);
      },
    });
  };

  return (
    <section aria-labelledby="activation-code">
      <h2 id="activation-code">
        {token ? t('activation.codeTitle') : t('activation.activationCodeTitle')}
      </h2>
      <p>{token ? t('activation.codeIntro') : t('activation.noQrIntro')}</p>
      {locked ? (
        <div role="alert" className="alert">
          <p>{t('activation.locked')}</p>
        </div>
      ) : (
        <CodeProblem error={verify.error} typed={typed} />
      )}
      <Form
        className="form"
        onSubmit={submit}
        validationErrors={shapeError ? { code: shapeError } : {}}
      >
        {!token && (
          <TextField name="login" isRequired autoComplete="username" maxLength={100}>
            <Label>{t('activation.login')}</Label>
            <Input autoCapitalize="none" spellCheck={false} />
          </TextField>
        )}
        <TextField
          name="code"
          isRequired
          isDisabled={locked}
          maxLength={token ? 12 : 24}
          value={code}
          onChange={(value) => {
            // The letter O where a digit belongs is a slip of the eye: corrected as typed.
            setCode(token ? value.replace(/[Oo]/g, '0') : value.toUpperCase());
          }}
        >
          <Label>{t(token ? 'activation.securityCode' : 'activation.activationCode')}</Label>
          <Input
            autoComplete="one-time-code"
            inputMode={token ? 'numeric' : 'text'}
            autoCapitalize={token ? undefined : 'characters'}
            spellCheck={false}
          />
          {locked && <Text slot="description">{t('activation.lockedField')}</Text>}
          <FieldError />
        </TextField>
        <ActionButton
          type="submit"
          className="button"
          isPending={verify.isPending}
          isDisabled={locked}
        >
          {verify.isPending ? t('activation.checking') : t('activation.check')}
        </ActionButton>
      </Form>
    </section>
  );
}

/** Kind words for each refusal; one message for every letter that cannot be used. */
function CodeProblem({ error, typed }: { error: Error | null; typed: boolean }) {
  const { t } = useTranslation();
  if (error === null) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  let message = t('activation.failed');
  if (problem?.type === '/problems/activation-code-wrong') {
    const remaining = problem.remainingAttempts ?? 0;
    message =
      remaining > 0 ? t('activation.wrongCode', { count: remaining }) : t('activation.locked');
  } else if (problem?.type === '/problems/activation-link-invalid') {
    // Typed by hand, a wrong code and a dead letter get one answer: a stranger learns nothing.
    message = typed ? t('activation.typedInvalid') : t('activation.invalid');
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
