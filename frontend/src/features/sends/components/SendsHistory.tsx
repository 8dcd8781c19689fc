import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import { useSends } from '../api/listSends';
import { useTemplateName } from '../templateName';

/** Past sends, newest first: when (date and time), which letter type, to whom, how. */
export function SendsHistory() {
  const { t, i18n } = useTranslation();
  const sends = useSends();
  const templateName = useTemplateName();
  if (sends.isPending) return <p role="status">{t('app.loading')}</p>;
  if (sends.isError) return <ProblemAlert error={sends.error} />;
  if (sends.data.items.length === 0) return <p>{t('sends.none')}</p>;
  return (
    <table className="table">
      <caption>{t('sends.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sends.date')}</th>
          <th scope="col">{t('sends.template')}</th>
          <th scope="col">{t('sends.audience')}</th>
          <th scope="col">{t('sends.output')}</th>
          <th scope="col">{t('sends.letters')}</th>
          <th scope="col">{t('sends.sendState')}</th>
          <th scope="col">{t('sends.by')}</th>
        </tr>
      </thead>
      <tbody>
        {sends.data.items.map((send) => (
          <tr key={send.id}>
            <td>
              <Link to={`/sends/${send.id}`}>{formatDateTime(send.createdAt, i18n.language)}</Link>
            </td>
            <td>{templateName(send.templateId)}</td>
            <td>{t(`accounts.kinds.${send.audience}`)}</td>
            <td>{t(`sends.outputShort.${send.output}`)}</td>
            <td>{send.eligible}</td>
            <td>{t(`sends.sendStates.${send.state}`)}</td>
            <td>{send.createdBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
