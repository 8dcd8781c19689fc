import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/Pager';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/problem';
import { exportAuditEventsUrl } from '../api/exportAuditEvents';
import { auditPageSize, useAuditEvents } from '../api/listAuditEvents';
import { toAuditQuery, useAuditFilters } from '../auditFilters';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';

/** « Journal »: who did what, filtered through the URL, page by page, and its CSV export. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [filters, update] = useAuditFilters();
  const query = toAuditQuery(filters);
  const events = useAuditEvents({ ...query, page: filters.page, size: auditPageSize });
  const errors = fieldErrors(events.error);
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="advice">{t('audit.intro')}</p>
      <AuditFilterForm filters={filters} onApply={update} errors={errors} />
      <p>
        <a className="button button-quiet" href={exportAuditEventsUrl(query)} download>
          {t('audit.export')}
        </a>
      </p>
      {Object.keys(errors).length === 0 && <ProblemAlert error={events.error} />}
      <Pager
        page={filters.page}
        size={auditPageSize}
        shown={events.data?.items.length ?? 0}
        total={events.isError ? 0 : events.data?.total}
        isLoading={events.isFetching}
        onPage={(page) => update({ page })}
      />
      {events.data && <AuditTable events={events.data.items} />}
    </>
  );
}
