import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/usePageTitle';

/** The settings sections, one card each. */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.settings'));
  return (
    <>
      <h1>{t('nav.settings')}</h1>
      <ul className="cards">
        <li className="card">
          <h2>
            <Link to="/settings/identity">{t('identity.title')}</Link>
          </h2>
          <p>{t('identity.summary')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/settings/api-keys">{t('integration.apiKeys.title')}</Link>
          </h2>
          <p>{t('integration.apiKeys.summary')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/settings/webhooks">{t('integration.webhooks.title')}</Link>
          </h2>
          <p>{t('integration.webhooks.summary')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/settings/administrators">{t('administrators.title')}</Link>
          </h2>
          <p>{t('administrators.summary')}</p>
        </li>
      </ul>
    </>
  );
}
