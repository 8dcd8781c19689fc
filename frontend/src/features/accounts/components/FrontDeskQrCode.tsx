import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PendingBar } from '@/components/PendingBar';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useObjectUrl } from '@/components/useObjectUrl';
import { useCredentialQrCode } from '../api/getCredentialQrCode';
import type { Credential } from '../api/listCredentials';
import { formatDate } from '@/lib/format';

type Props = { credential: Credential; name: string; onHide: () => void };

/** The QR code of a letter just issued, large enough to be scanned from the screen. */
export function FrontDeskQrCode({ credential, name, onHide }: Props) {
  const { t, i18n } = useTranslation();
  const image = useCredentialQrCode({
    accountId: credential.accountId,
    credentialId: credential.id,
  });
  const src = useObjectUrl(image.data);
  return (
    <figure className="front-desk-qr">
      {image.isPending && <PendingBar label={t('accounts.credentials.qrLoading')} />}
      <ProblemAlert error={image.error} fallback={t('accounts.credentials.qrFailed')} />
      {src && (
        <img
          className="qr-code"
          src={src}
          width={280}
          height={280}
          alt={t('accounts.credentials.qrAlt', { name })}
        />
      )}
      <figcaption>
        {t('accounts.credentials.validUntil', {
          date: formatDate(credential.expiresAt, i18n.language),
        })}
      </figcaption>
      <Button className="button button-quiet" onPress={onHide}>
        {t('accounts.credentials.hide')}
      </Button>
    </figure>
  );
}
