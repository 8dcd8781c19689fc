import { useTranslation } from 'react-i18next';
import type { Send } from '../api/createSend';
import { useSendRecipients } from '../api/listSendRecipients';

/**
 * « À imprimer » for an e-mail send: whose letter is in the print pile, and why (no address, or
 * the server's answer when it refused the address). Read from the first page of recipients.
 */
export function ToPrintList({ send }: { send: Send }) {
  const { t } = useTranslation();
  const recipients = useSendRecipients(send.id, 0, false);
  if (send.output !== 'EMAIL' || send.toPrint === 0) return null;
  const toPrint = (recipients.data?.items ?? []).filter((r) => r.channel !== 'EMAIL');
  return (
    <section aria-labelledby="to-print-title">
      <h2 id="to-print-title">{t('sends.toPrint.title')}</h2>
      <p>{t('sends.toPrint.intro', { count: send.toPrint })}</p>
      <ul>
        {toPrint.map((r) => (
          <li key={r.accountId}>
            {r.displayName} —{' '}
            {r.error
              ? t('sends.toPrint.refused', { error: r.error })
              : t('sends.toPrint.noAddress')}
          </li>
        ))}
      </ul>
    </section>
  );
}
