import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/usePageTitle';
import { useIdentity } from '../api/getIdentity';
import { IdentityForm } from './IdentityForm';
import { LogoSection } from './LogoSection';

export function IdentityPage() {
  const { t } = useTranslation();
  usePageTitle(t('identity.title'));
  const identity = useIdentity();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/settings">{t('nav.settings')}</Link>
      </p>
      <h1>{t('identity.title')}</h1>
      {identity.isPending && <p role="status">{t('app.loading')}</p>}
      {identity.isError && (
        <div role="alert" className="alert">
          <p>{t('app.loadFailed')}</p>
          <Button className="button" onPress={() => void identity.refetch()}>
            {t('app.retry')}
          </Button>
        </div>
      )}
      {identity.data && (
        <>
          <IdentityForm identity={identity.data} />
          <LogoSection logoUrl={identity.data.logoUrl ?? null} />
        </>
      )}
    </>
  );
}
