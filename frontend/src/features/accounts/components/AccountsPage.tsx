import { useRef, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key, type Selection } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/usePageTitle';
import { PublicUrlMissingWarning } from '@/components/PublicUrlMissingWarning';
import { useIdentity } from '@/features/settings';
import { exportAccountsUrl } from '../api/exportAccounts';
import { useAccounts } from '../api/listAccounts';
import { kinds, toQuery, useAccountFilters, type AccountFilters } from '../accountFilters';
import { kindsLabel } from '../labels';
import { AccountsFilterBar } from './AccountsFilterBar';
import { AccountsPagination } from './AccountsPagination';
import { AccountsTable } from './AccountsTable';
import { BulkActions } from './BulkActions';

/** Accounts, one tab per kind, searched, filtered, sorted and paged through the URL query. */
export function AccountsPage() {
  const { t } = useTranslation();
  const identity = useIdentity();
  usePageTitle(t('nav.accounts'));
  const [filters, updateFilters] = useAccountFilters();
  const [selection, setSelection] = useState<Selection>(new Set());
  const query = toQuery(filters);
  const accounts = useAccounts(query);
  const items = accounts.data?.items ?? [];
  const selected = selection === 'all' ? items : items.filter((a) => selection.has(a.id));
  const selectedIds = selected.map((a) => a.id);
  // The first run: no account at all yet, so the page invites an import rather than a search.
  const narrowing = [
    filters.q,
    filters.className,
    filters.connectionMode,
    filters.passwordState,
    filters.hasEmail,
    filters.status,
  ];
  const isFirstRun = accounts.data?.total === 0 && narrowing.every((value) => value === '');
  const showsEnt =
    filters.connectionMode === 'ENT' || items.some((a) => a.connectionMode === 'ENT');
  const resultsRef = useRef<HTMLParagraphElement>(null);

  const update = (patch: Partial<AccountFilters>) => {
    setSelection(new Set());
    updateFilters(patch);
  };
  const exportQuery = { ...query, page: undefined, size: undefined, sort: undefined };

  return (
    <>
      <h1>{t('nav.accounts')}</h1>
      <PublicUrlMissingWarning identity={identity.data} />
      <div className="actions">
        <Link className="button" to={`/accounts/new?kind=${filters.kind}`}>
          {t('accounts.create')}
        </Link>
        <Link className="button button-quiet" to="/accounts/import">
          {t('accounts.import')}
        </Link>
        <a className="button button-quiet" href={exportAccountsUrl(exportQuery)} download>
          {t('accounts.export')}
        </a>
      </div>
      <Tabs
        selectedKey={filters.kind}
        onSelectionChange={(kind: Key) =>
          update({ kind: kind as AccountFilters['kind'], className: '' })
        }
      >
        <TabList className="tabs" aria-label={t('accounts.kindsLabel')}>
          {kinds.map((kind) => (
            <Tab key={kind} id={kind}>
              {kindsLabel(t, kind)}
            </Tab>
          ))}
        </TabList>
        {kinds.map((kind) => (
          <TabPanel key={kind} id={kind} className="tab-panel">
            <AccountsFilterBar filters={filters} onChange={update} />
            {isFirstRun && kind === filters.kind && (
              <div className="empty-state">
                <p>{t('accounts.firstRun.text', { kind: kindsLabel(t, kind).toLowerCase() })}</p>
                <Link className="button" to="/accounts/import">
                  {t('accounts.firstRun.import')}
                </Link>
              </div>
            )}
            {showsEnt && <p className="muted">{t('accounts.entHint')}</p>}
            <BulkActions
              kind={filters.kind}
              selectedIds={selectedIds}
              selectedNames={selected.map((a) => `${a.lastName} ${a.firstName}`)}
              onDone={() => {
                setSelection(new Set());
                resultsRef.current?.focus();
              }}
            />
            <AccountsPagination
              ref={resultsRef}
              filters={filters}
              page={accounts.data}
              isLoading={accounts.isFetching}
              isError={accounts.isError}
              onChange={update}
            />
            <AccountsTable
              kind={filters.kind}
              accounts={items}
              sort={filters.sort}
              onSortChange={(sort) => update({ sort })}
              selection={selection}
              onSelectionChange={setSelection}
            />
          </TabPanel>
        ))}
      </Tabs>
    </>
  );
}
