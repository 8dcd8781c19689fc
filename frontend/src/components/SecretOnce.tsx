import { useState, type ReactNode } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  /** The label of the read-only field holding the secret. */
  label: string;
  secret: string;
  /** What to tell the reader before they close it (how to use the secret). */
  children?: ReactNode;
  onClose: () => void;
};

/**
 * A secret the server shows once (an API key, a signing secret): a read-only field, a copy button
 * and a warning. Once closed it is gone; the caller keeps no copy of it.
 */
export function SecretOnce({ title, label, secret, children, onClose }: Props) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const copySecret = () =>
    navigator.clipboard.writeText(secret).then(
      () => setCopy('done'),
      () => setCopy('failed'),
    );
  return (
    <section aria-labelledby="secret-once-title" className="secret-once">
      <h2 id="secret-once-title">{title}</h2>
      <div className="alert alert-warning">
        <p className="alert-title">{t('secret.shownOnce')}</p>
      </div>
      <TextField value={secret} isReadOnly className="secret-field">
        <Label>{label}</Label>
        {/* Focused at once so that a screen reader announces the secret's field. */}
        <Input className="secret-value" autoFocus onFocus={(event) => event.target.select()} />
      </TextField>
      <div className="actions">
        <Button className="button button-quiet" onPress={() => void copySecret()}>
          {t('secret.copy')}
        </Button>
        <p role="status" className="status">
          {copy === 'done' ? t('secret.copied') : copy === 'failed' ? t('secret.copyFailed') : ''}
        </p>
      </div>
      {children}
      <Button className="button" onPress={onClose}>
        {t('secret.close')}
      </Button>
    </section>
  );
}
