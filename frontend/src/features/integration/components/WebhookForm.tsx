import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Checkbox,
  CheckboxGroup,
  FieldError,
  Form,
  Input,
  Label,
  Text,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { fieldErrors } from '@/lib/api/problem';
import { useCreateWebhook, type CreatedWebhook } from '../api/createWebhook';
import type { WebhookEvent } from '../api/listWebhooks';
import { eventLabel, webhookEvents } from '../labels';
import { ActionButton } from '@/components/ActionButton';

type Props = {
  onCreated: (created: CreatedWebhook) => void;
  /** Moves focus to the form's title when it is shown again after the secret was closed. */
  focusTitle?: boolean;
};

/** The address (https) and the events of a new webhook; server field errors beside each field. */
export function WebhookForm({ onCreated, focusTitle = false }: Props) {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const title = useRef<HTMLHeadingElement>(null);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const errors = fieldErrors(create.error);
  // Editing a field clears the server's field errors (never a pending answer: it holds the secret).
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      if (create.isError) create.reset();
    };
  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { url: url.trim(), events },
      {
        onSuccess: (created) => {
          onCreated(created);
          // The secret lives only in the page's SecretOnce from now on.
          create.reset();
          setUrl('');
          setEvents([]);
        },
      },
    );
  };

  return (
    <section aria-labelledby="webhook-form-title">
      <h2 id="webhook-form-title" ref={title} tabIndex={-1}>
        {t('integration.webhooks.create')}
      </h2>
      <Form className="form" onSubmit={submit} validationErrors={errors}>
        <TextField
          name="url"
          type="url"
          value={url}
          onChange={edit(setUrl)}
          isRequired
          maxLength={2000}
          validate={(value) =>
            value.trim() && !value.trim().startsWith('https://')
              ? t('integration.webhooks.httpsOnly')
              : null
          }
        >
          <Label>{t('integration.webhooks.url')}</Label>
          <Input placeholder="https://" />
          <Text slot="description">{t('integration.webhooks.urlHelp')}</Text>
          <FieldError />
        </TextField>
        <CheckboxGroup
          name="events"
          className="checkbox-group"
          value={events}
          onChange={edit((value: string[]) => setEvents(value as WebhookEvent[]))}
          isRequired
        >
          <Label>{t('integration.webhooks.events')}</Label>
          {webhookEvents.map((name) => (
            <Checkbox key={name} value={name} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              {eventLabel(t, name)} <code className="muted">{name}</code>
            </Checkbox>
          ))}
          <FieldError />
        </CheckboxGroup>
        {Object.keys(errors).length === 0 && <ProblemAlert error={create.error} />}
        <ActionButton type="submit" className="button" isPending={create.isPending}>
          {t('integration.webhooks.submit')}
        </ActionButton>
      </Form>
    </section>
  );
}
