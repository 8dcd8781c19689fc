import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIdentity } from '../api/getIdentity';

/** Warns, while the establishment has no public URL, that no QR letter can be prepared. */
export function PublicUrlMissingWarning() {
  const { t } = useTranslation();
  const identity = useIdentity();
  if (identity.data === undefined || identity.data.publicUrl) return null;
  return (
    <div role="alert" className="alert alert-warning">
      <p className="alert-title">{t('identity.publicUrlMissing')}</p>
      <p>
        <Link to="/settings/identity">{t('identity.publicUrlMissingLink')}</Link>
      </p>
    </div>
  );
}
