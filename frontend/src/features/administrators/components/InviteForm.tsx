import { useState, type FormEvent } from 'react';
import {
  Button,
  FieldError,
  Form,
  Input,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { fieldErrors, rejectedReasons } from '@/lib/api/problem';
import { useInviteAdministrator, type Invitation } from '../api/inviteAdministrator';
import { PasswordRejected } from './PasswordRejected';

type Setup = 'LINK' | 'PASSWORD';

/**
 * A new administrator: username, name, e-mail, and how they get a password — a one-time link for
 * them to choose it, or an initial password they must change at first sign-in.
 */
export function InviteForm({ onInvited }: { onInvited: (invitation: Invitation) => void }) {
  const { t } = useTranslation();
  const invite = useInviteAdministrator();
  const [setup, setSetup] = useState<Setup>('LINK');
  const errors = fieldErrors(invite.error);
  const reasons = rejectedReasons(invite.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    invite.mutate(
      {
        username: String(data.get('username') ?? '').trim(),
        displayName: String(data.get('displayName') ?? '').trim(),
        email: email === '' ? null : email,
        initialPassword: setup === 'PASSWORD' ? String(data.get('initialPassword') ?? '') : null,
      },
      {
        onSuccess: (invitation) => {
          onInvited(invitation);
          // The link lives only in the page's one-time panel from now on.
          invite.reset();
          form.reset();
          setSetup('LINK');
        },
      },
    );
  };

  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('administrators.invite.title')}</h2>
      <Form className="form" onSubmit={submit} validationErrors={errors}>
        <TextField name="displayName" isRequired maxLength={100}>
          <Label>{t('administrators.field.displayName')}</Label>
          <Input />
          <Text slot="description">{t('administrators.invite.displayNameHelp')}</Text>
          <FieldError />
        </TextField>
        <TextField name="username" isRequired maxLength={100} autoComplete="off">
          <Label>{t('administrators.field.username')}</Label>
          <Input />
          <Text slot="description">{t('administrators.invite.usernameHelp')}</Text>
          <FieldError />
        </TextField>
        <TextField name="email" type="email" maxLength={254}>
          <Label>{t('administrators.field.email')}</Label>
          <Input />
          <FieldError />
        </TextField>
        <RadioGroup
          name="setup"
          className="radio-group"
          value={setup}
          onChange={(value) => setSetup(value as Setup)}
        >
          <Label>{t('administrators.invite.setup')}</Label>
          <Radio value="LINK">{t('administrators.invite.setupLink')}</Radio>
          <Radio value="PASSWORD">{t('administrators.invite.setupPassword')}</Radio>
        </RadioGroup>
        {setup === 'PASSWORD' && (
          <TextField
            name="initialPassword"
            type="password"
            isRequired
            autoComplete="new-password"
            maxLength={128}
          >
            <Label>{t('administrators.field.initialPassword')}</Label>
            <Input />
            <Text slot="description">{t('administrators.invite.initialPasswordHelp')}</Text>
            <FieldError />
          </TextField>
        )}
        {reasons ? (
          <PasswordRejected reasons={reasons} />
        ) : (
          Object.keys(errors).length === 0 && <ProblemAlert error={invite.error} />
        )}
        <Button type="submit" className="button" isDisabled={invite.isPending}>
          {invite.isPending
            ? t('administrators.invite.submitting')
            : t('administrators.invite.submit')}
        </Button>
      </Form>
    </section>
  );
}
