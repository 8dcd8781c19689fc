import { useState, type FormEvent } from 'react';
import {
  Button,
  FieldError,
  Form,
  Input,
  Label,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { fieldErrors } from '@/lib/api/problem';
import type { Identity } from '../api/getIdentity';
import { useUpdateIdentity } from '../api/updateIdentity';
import { ActionButton } from '@/components/ActionButton';

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Name (required), UAI, address, public URL, and where recipients go next (shown in « Mon
 * compte »); the server's field errors show beside their field, all at once.
 */
export function IdentityForm({ identity }: { identity: Identity }) {
  const { t } = useTranslation();
  const update = useUpdateIdentity();
  const [values, setValues] = useState({
    name: identity.name ?? '',
    uai: identity.uai ?? '',
    address: identity.address ?? '',
    publicUrl: identity.publicUrl ?? '',
    nextStepUrl: identity.nextStepUrl ?? '',
    nextStepLabel: identity.nextStepLabel ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    update.reset();
  };
  const errors = fieldErrors(update.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      {
        name: orNull(values.name),
        uai: orNull(values.uai)?.toUpperCase() ?? null,
        address: orNull(values.address),
        publicUrl: orNull(values.publicUrl),
        nextStepUrl: orNull(values.nextStepUrl),
        nextStepLabel: orNull(values.nextStepLabel),
      },
      {
        onSuccess: (saved) =>
          setValues((current) => ({ ...current, publicUrl: saved.publicUrl ?? '' })),
      },
    );
  };

  return (
    <section aria-labelledby="identity-form-title">
      <h2 id="identity-form-title">{t('identity.formTitle')}</h2>
      <Form className="form" onSubmit={submit} validationErrors={errors}>
        <TextField
          name="name"
          value={values.name}
          onChange={set('name')}
          maxLength={200}
          isRequired
        >
          <Label>{t('identity.name')}</Label>
          <Input />
          <FieldError />
        </TextField>
        <TextField name="uai" value={values.uai} onChange={set('uai')} maxLength={8}>
          <Label>{t('identity.uai')}</Label>
          <Input className="input-short" />
          <Text slot="description">{t('identity.uaiHelp')}</Text>
          <FieldError />
        </TextField>
        <TextField name="address" value={values.address} onChange={set('address')} maxLength={500}>
          <Label>{t('identity.address')}</Label>
          <TextArea rows={3} />
          <FieldError />
        </TextField>
        <TextField
          name="publicUrl"
          value={values.publicUrl}
          onChange={set('publicUrl')}
          maxLength={500}
        >
          <Label>{t('identity.publicUrl')}</Label>
          <Input inputMode="url" placeholder="https://" />
          <Text slot="description">{t('identity.publicUrlHelp')}</Text>
          <FieldError />
        </TextField>
        <TextField
          name="nextStepUrl"
          value={values.nextStepUrl}
          onChange={set('nextStepUrl')}
          maxLength={500}
        >
          <Label>{t('identity.nextStepUrl')}</Label>
          <Input inputMode="url" placeholder="https://" />
          <Text slot="description">{t('identity.nextStepUrlHelp')}</Text>
          <FieldError />
        </TextField>
        <TextField
          name="nextStepLabel"
          value={values.nextStepLabel}
          onChange={set('nextStepLabel')}
          maxLength={100}
        >
          <Label>{t('identity.nextStepLabel')}</Label>
          <Input />
          <Text slot="description">{t('identity.nextStepLabelHelp')}</Text>
          <FieldError />
        </TextField>
        {identity.hostedPublicUrl && (
          <p>
            <Button
              className="button button-quiet"
              onPress={() => set('publicUrl')(identity.hostedPublicUrl ?? '')}
            >
              {t('identity.useHosted')}
            </Button>{' '}
            <span className="muted">{identity.hostedPublicUrl}</span>
          </p>
        )}
        {!hasFieldErrors && <ProblemAlert error={update.error} />}
        <p role="status" className="status">
          {update.isSuccess ? t('identity.saved') : ''}
        </p>
        <ActionButton type="submit" className="button" isPending={update.isPending}>
          {t('app.save')}
        </ActionButton>
      </Form>
    </section>
  );
}
