import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import type { AuditEvent } from '../api/listAuditEvents';
import { actionLabel, detailsSummary, targetPath, targetTypeLabel } from '../labels';

/** One page of the journal: when, who, what, on what, from where, with which details. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <table className="table">
      <caption>{t('audit.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.column.date')}</th>
          <th scope="col">{t('audit.column.actor')}</th>
          <th scope="col">{t('audit.column.action')}</th>
          <th scope="col">{t('audit.column.target')}</th>
          <th scope="col">{t('audit.column.address')}</th>
          <th scope="col">{t('audit.column.details')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>{formatDateTime(event.occurredAt, i18n.language)}</td>
            <td>
              {event.actorDisplayName ? (
                <>
                  {event.actorDisplayName} <span className="muted">({event.actor})</span>
                </>
              ) : (
                event.actor
              )}
            </td>
            <td>{actionLabel(t, event.action)}</td>
            <td>
              <Target event={event} />
            </td>
            <td>{event.clientAddress ?? ''}</td>
            <td className="break">{detailsSummary(t, event.details)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Target({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.targetType) return null;
  const type = targetTypeLabel(t, event.targetType);
  // The target by name; an id only when it has none (deleted, or a kind without a name).
  const name = event.targetName ?? (event.targetId ? t('audit.unnamed') : '');
  const text = name ? t('audit.targetLink', { type, name }) : type;
  const path = event.targetName ? targetPath(event.targetType, event.targetId) : undefined;
  if (path) return <Link to={path}>{text}</Link>;
  return <span title={event.targetId ?? undefined}>{text}</span>;
}
