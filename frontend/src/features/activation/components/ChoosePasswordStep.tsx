import { useState, type FormEvent } from 'react';
import { Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError, rejectedReasons } from '@/lib/api/problem';
import { useActivationPolicy } from '../api/activationPolicy';
import { useChooseActivationPassword } from '../api/chooseActivationPassword';
import type { Verified } from '../api/verifyActivationCode';
import { PasswordReasons } from './PasswordReasons';
import { ActionButton } from '@/components/ActionButton';

/** Whose letter it is, then the new password with live feedback on its length. */
export function ChoosePasswordStep({
  verified,
  onDone,
  onSessionEnded,
}: {
  verified: Verified;
  onDone: () => void;
  /** The 15 minutes are over (or the session is gone): the code must be typed again. */
  onSessionEnded: () => void;
}) {
  const { t } = useTranslation();
  const policy = useActivationPolicy();
  const choose = useChooseActivationPassword();
  const [password, setPassword] = useState('');
  const min = policy.data?.minLength ?? 12;
  const max = policy.data?.maxLength ?? 128;
  const length = [...password].length;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choose.isPending) return;
    choose.mutate(password, {
      onSuccess: onDone,
      onError: (error) => {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          onSessionEnded();
        }
      },
    });
  };

  const reasons = rejectedReasons(choose.error);

  return (
    <section aria-labelledby="activation-password">
      <h2 id="activation-password">{t('activation.passwordTitle')}</h2>
      <dl className="who">
        <dt>{t('activation.account')}</dt>
        <dd>{verified.displayName}</dd>
        <dt>{t('activation.login')}</dt>
        <dd>{verified.login}</dd>
      </dl>
      <p>{t('activation.passwordIntro', { min, max })}</p>
      {reasons ? (
        <PasswordReasons reasons={reasons} />
      ) : (
        choose.isError && (
          <div role="alert" className="alert">
            <p>
              {choose.error instanceof ApiError && choose.error.status === 410
                ? t('activation.invalid')
                : t('activation.failed')}
            </p>
          </div>
        )
      )}
      <Form className="form" onSubmit={submit}>
        <TextField
          name="password"
          type="password"
          isRequired
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
        >
          <Label>{t('activation.newPassword')}</Label>
          <Input />
          <Text slot="description" aria-live="polite">
            {length < min
              ? t('activation.lengthMissing', { count: min - length })
              : length > max
                ? t('activation.lengthOver', { count: length - max })
                : t('activation.lengthOk')}
          </Text>
        </TextField>
        <ActionButton type="submit" className="button" isPending={choose.isPending}>
          {choose.isPending ? t('activation.saving') : t('activation.save')}
        </ActionButton>
      </Form>
    </section>
  );
}
