import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/usePageTitle';
import { useAccount } from '../api/getAccount';
import { kinds } from '../accountFilters';
import { AccountForm } from './AccountForm';
import { CredentialsSection } from './CredentialsSection';
import { DeleteAccountButton } from './DeleteAccountButton';

/** `/accounts/new` (with `?kind=`) creates an account; `/accounts/:id` edits one. */
export function AccountPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const isNew = id === undefined;
  const [params] = useSearchParams();
  const account = useAccount(id);
  const title = isNew
    ? t('accounts.form.createTitle')
    : account.data
      ? `${account.data.lastName} ${account.data.firstName}`
      : t('accounts.form.editTitle');
  usePageTitle(title);
  const kind = kinds.find((k) => k === params.get('kind')) ?? 'STUDENT';

  return (
    <>
      <p className="breadcrumb">
        <Link to="/accounts">{t('nav.accounts')}</Link>
      </p>
      <h1>{title}</h1>
      {!isNew && account.isPending && <p role="status">{t('app.loading')}</p>}
      {!isNew && account.isError && (
        <div role="alert" className="alert">
          <p>{t('accounts.form.loadFailed')}</p>
          <Button className="button" onPress={() => void account.refetch()}>
            {t('app.retry')}
          </Button>
        </div>
      )}
      {isNew && <AccountForm initialKind={kind} />}
      {account.data && (
        <>
          {account.data.status === 'LEFT' && (
            <p className="alert" role="note">
              {t('accounts.leftNotice')}
            </p>
          )}
          <AccountForm
            key={account.data.id}
            account={account.data}
            initialKind={account.data.kind}
          />
          <CredentialsSection account={account.data} />
          <DeleteAccountButton account={account.data} />
        </>
      )}
    </>
  );
}
