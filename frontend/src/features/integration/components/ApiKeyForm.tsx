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
import { useCreateApiKey, type CreatedApiKey } from '../api/createApiKey';
import type { ApiKeyScope } from '../api/listApiKeys';
import { dayValue, scopeLabel, scopes, startOfDay, yearsFrom } from '../labels';
import { ActionButton } from '@/components/ActionButton';

type Props = {
  onCreated: (created: CreatedApiKey) => void;
  /** Moves focus to the form's title when it is shown again after the secret was closed. */
  focusTitle?: boolean;
};

/** Name, scopes and expiry (a year at most) of a new key; server field errors beside each field. */
export function ApiKeyForm({ onCreated, focusTitle = false }: Props) {
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle]);
  const create = useCreateApiKey();
  const today = new Date();
  const latest = dayValue(yearsFrom(today, 1));
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ApiKeyScope[]>([]);
  const [expiry, setExpiry] = useState(latest);
  const errors = fieldErrors(create.error);
  // Editing a field clears the server's field errors (never a pending answer: it holds the secret).
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      if (create.isError) create.reset();
    };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const body = { name: name.trim(), scopes: chosen, expiresAt: startOfDay(expiry) };
    create.mutate(body, {
      onSuccess: (created) => {
        onCreated(created);
        // The secret lives only in the page's SecretOnce from now on.
        create.reset();
        setName('');
        setChosen([]);
        setExpiry(latest);
      },
    });
  };

  return (
    <section aria-labelledby="api-key-form-title">
      <h2 id="api-key-form-title" ref={title} tabIndex={-1}>
        {t('integration.apiKeys.create')}
      </h2>
      <Form className="form" onSubmit={submit} validationErrors={errors}>
        <TextField name="name" value={name} onChange={edit(setName)} isRequired maxLength={100}>
          <Label>{t('integration.apiKeys.name')}</Label>
          <Input />
          <Text slot="description">{t('integration.apiKeys.nameHelp')}</Text>
          <FieldError />
        </TextField>
        <CheckboxGroup
          name="scopes"
          className="checkbox-group"
          value={chosen}
          onChange={edit((value: string[]) => setChosen(value as ApiKeyScope[]))}
          isRequired
        >
          <Label>{t('integration.apiKeys.scopes')}</Label>
          {scopes.map((scope) => (
            <Checkbox key={scope} value={scope} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              {scopeLabel(t, scope)} <code className="muted">{scope}</code>
            </Checkbox>
          ))}
          <FieldError />
        </CheckboxGroup>
        <TextField
          name="expiresAt"
          type="date"
          value={expiry}
          onChange={edit(setExpiry)}
          isRequired
        >
          <Label>{t('integration.apiKeys.expiresAt')}</Label>
          <Input className="input-short" min={dayValue(tomorrow)} max={latest} />
          <Text slot="description">{t('integration.apiKeys.expiresAtHelp')}</Text>
          <FieldError />
        </TextField>
        {Object.keys(errors).length === 0 && <ProblemAlert error={create.error} />}
        <ActionButton type="submit" className="button" isPending={create.isPending}>
          {t('integration.apiKeys.submit')}
        </ActionButton>
      </Form>
    </section>
  );
}
