import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Warns, while the establishment has no public URL, that no QR letter can be prepared. Shows
 * nothing until the identity has loaded ({@code identity} undefined).
 */
export function PublicUrlMissingWarning({
  identity,
}: {
  identity?: { publicUrl?: string | null };
}) {
  const { t } = useTranslation();
  if (identity === undefined || identity.publicUrl) return null;
  return (
    <div role="alert" className="alert alert-warning">
      <p className="alert-title">{t('identity.publicUrlMissing')}</p>
      <p>
        <Link to="/settings/identity">{t('identity.publicUrlMissingLink')}</Link>
      </p>
    </div>
  );
}
