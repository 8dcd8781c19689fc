import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Pager } from '@/components/Pager';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/components/usePageTitle';
import { formatDateTime } from '@/lib/format';
import {
  deliveriesPageSize,
  useWebhookDeliveries,
  type WebhookDelivery,
} from '../api/listWebhookDeliveries';
import { useWebhooks } from '../api/listWebhooks';
import { deliveryStateLabel, eventLabel } from '../labels';

/** One webhook's delivery log, newest first, page by page. */
export function WebhookDeliveriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [page, setPage] = useState(0);
  usePageTitle(t('integration.delivery.title'));
  // There is no `GET /api/webhooks/{id}`: the address comes from the list.
  const webhook = useWebhooks().data?.find((w) => w.id === id);
  const deliveries = useWebhookDeliveries(id, page);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/settings/webhooks">{t('integration.webhooks.title')}</Link>
      </p>
      <h1>{t('integration.delivery.title')}</h1>
      {webhook && <p className="break">{webhook.url}</p>}
      <ProblemAlert error={deliveries.error} />
      <Pager
        page={page}
        size={deliveriesPageSize}
        shown={deliveries.data?.items.length ?? 0}
        total={deliveries.isError ? 0 : deliveries.data?.total}
        isLoading={deliveries.isFetching}
        onPage={setPage}
      />
      {deliveries.data && <DeliveriesTable deliveries={deliveries.data.items} />}
    </>
  );
}

function DeliveriesTable({ deliveries }: { deliveries: WebhookDelivery[] }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : '');
  if (deliveries.length === 0) return <p>{t('integration.delivery.none')}</p>;
  return (
    <table className="table">
      <caption>{t('integration.delivery.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('integration.delivery.createdAt')}</th>
          <th scope="col">{t('integration.delivery.event')}</th>
          <th scope="col">{t('integration.delivery.stateColumn')}</th>
          <th scope="col">{t('integration.delivery.attempts')}</th>
          <th scope="col">{t('integration.delivery.lastStatus')}</th>
          <th scope="col">{t('integration.delivery.lastError')}</th>
          <th scope="col">{t('integration.delivery.deliveredAt')}</th>
          <th scope="col">{t('integration.delivery.nextAttemptAt')}</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <th scope="row">{when(delivery.createdAt)}</th>
            <td>{eventLabel(t, delivery.event)}</td>
            <td>{deliveryStateLabel(t, delivery.state)}</td>
            <td>{delivery.attempts}</td>
            <td>{delivery.lastStatus ?? ''}</td>
            <td className="break">{delivery.lastError ?? ''}</td>
            <td>{when(delivery.deliveredAt)}</td>
            <td>{when(delivery.nextAttemptAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
