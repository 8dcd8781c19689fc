import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import { useDeleteWebhook } from '../api/deleteWebhook';
import type { Webhook } from '../api/listWebhooks';
import { eventLabel } from '../labels';

/** The webhooks: where, which events, by whom; their delivery log; delete. */
export function WebhooksTable({ webhooks }: { webhooks: Webhook[] }) {
  const { t, i18n } = useTranslation();
  if (webhooks.length === 0) return <p>{t('integration.webhooks.none')}</p>;
  return (
    <table className="table">
      <caption>{t('integration.webhooks.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('integration.webhooks.url')}</th>
          <th scope="col">{t('integration.webhooks.events')}</th>
          <th scope="col">{t('integration.webhooks.createdAt')}</th>
          <th scope="col">{t('integration.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {webhooks.map((webhook) => (
          <tr key={webhook.id}>
            <th scope="row" className="break">
              {webhook.url}
            </th>
            <td>
              <ul>
                {webhook.events.map((name) => (
                  <li key={name}>{eventLabel(t, name)}</li>
                ))}
              </ul>
            </td>
            <td>
              {t('integration.webhooks.createdBy', {
                date: formatDateTime(webhook.createdAt, i18n.language),
                by: webhook.createdBy,
              })}
            </td>
            <td className="row-actions">
              <Link to={`/settings/webhooks/${webhook.id}`}>
                {t('integration.webhooks.deliveries')}
              </Link>
              <DeleteWebhookButton webhook={webhook} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DeleteWebhookButton({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const remove = useDeleteWebhook();
  return (
    <ConfirmDialog
      trigger={t('integration.webhooks.delete')}
      triggerClassName="button button-quiet button-small"
      title={t('integration.webhooks.delete')}
      confirm={t('integration.webhooks.deleteConfirm')}
      isDanger
      isPending={remove.isPending}
      onOpenChange={(isOpen) => isOpen && remove.reset()}
      onConfirm={() =>
        remove.mutateAsync(webhook.id).then(
          () => true,
          () => false,
        )
      }
    >
      <p>{t('integration.webhooks.deleteQuestion', { url: webhook.url })}</p>
      <ProblemAlert error={remove.error} />
    </ConfirmDialog>
  );
}
