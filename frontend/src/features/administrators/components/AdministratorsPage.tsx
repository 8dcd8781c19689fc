import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '@/components/Pager';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/components/usePageTitle';
import { useCurrentUser } from '@/features/auth';
import type { PasswordLink } from '../api/createPasswordLink';
import { pageSize, useAdministrators } from '../api/listAdministrators';
import { AdministratorsTable } from './AdministratorsTable';
import { InviteForm } from './InviteForm';
import { LinkOnce } from './LinkOnce';

/**
 * « Paramètres › Administrateurs »: the principal, the secretary, the CPE… each under their own
 * name; invite one (a one-time link or an initial password), disable, enable, a new link.
 */
export function AdministratorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('administrators.title'));
  const [page, setPage] = useState(0);
  const list = useAdministrators(page);
  const me = useCurrentUser();
  // The link, until the administrator closes it; never stored anywhere else.
  const [shown, setShown] = useState<{ name: string; link: PasswordLink }>();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/settings">{t('nav.settings')}</Link>
      </p>
      <h1>{t('administrators.title')}</h1>
      <p className="advice">{t('administrators.intro')}</p>
      {shown ? (
        <LinkOnce name={shown.name} link={shown.link} onClose={() => setShown(undefined)} />
      ) : (
        <InviteForm
          onInvited={(invitation) => {
            if (invitation.passwordLink) {
              setShown({
                name: invitation.administrator.displayName,
                link: invitation.passwordLink,
              });
            }
          }}
        />
      )}
      <section aria-labelledby="administrators-list">
        <h2 id="administrators-list">{t('administrators.listTitle')}</h2>
        {list.isPending && <p role="status">{t('app.loading')}</p>}
        <ProblemAlert error={list.error} />
        {list.data && (
          <>
            <AdministratorsTable
              administrators={list.data.items}
              self={me.data?.username}
              onLink={(name, link) => setShown({ name, link })}
            />
            <Pager
              page={page}
              size={pageSize}
              shown={list.data.items.length}
              total={list.data.total}
              isLoading={list.isFetching}
              onPage={setPage}
            />
          </>
        )}
      </section>
    </>
  );
}
