import { useTranslation } from 'react-i18next';
import { SecretOnce } from '@/components/SecretOnce';
import { formatDateTime } from '@/lib/format';
import type { PasswordLink } from '../api/createPasswordLink';

type Props = { name: string; link: PasswordLink; onClose: () => void };

/** A one-time link to hand to the person, shown once: the server keeps only its fingerprint. */
export function LinkOnce({ name, link, onClose }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <SecretOnce
      title={t('administrators.link.title', { name })}
      label={t('administrators.link.label')}
      secret={globalThis.location.origin + link.path}
      onClose={onClose}
    >
      <p>
        {t('administrators.link.howToUse', {
          expiresAt: formatDateTime(link.expiresAt, i18n.language),
        })}
      </p>
    </SecretOnce>
  );
}
